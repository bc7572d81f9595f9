package dev.lawimpact.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The UI language switch: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/lang")
public class LangResource {

  @GET
  @Path("{code}")
  public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
    Lang lang = Lang.fromCode(code);
    // Only a path on this site, never another host ("//evil.example" or "https://…").
    String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      uri = URI.create("/");
    }
    Response.ResponseBuilder r = Response.seeOther(uri);
    if (lang != null) {
      r.cookie(new NewCookie.Builder(Lang.COOKIE).value(lang.code).path("/").maxAge(365 * 24 * 3600)
          .sameSite(NewCookie.SameSite.LAX).build());
    }
    return r.build();
  }
}

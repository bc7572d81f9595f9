package dev.lawimpact.api;

import dev.lawimpact.app.IndexUnavailableException;
import dev.lawimpact.impact.BadBillException;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers, each with a JSON problem body. Anything
 * unexpected is logged and answered 500 without internals (no stack traces, no input echoed).
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response badQuery(BadQueryException e, UriInfo uri) {
    return problem(400, "Bad Request", e.getMessage(), uri);
  }

  /** Bad bills: 413 when too large, else 400; the message never quotes the (confidential) bill. */
  @ServerExceptionMapper
  public Response badBill(BadBillException e, UriInfo uri) {
    return e.tooLarge() ? problem(413, "Payload Too Large", e.getMessage(), uri)
        : problem(400, "Bad Request", e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return problem(404, "Not Found", e.getMessage(), uri);
  }

  @ServerExceptionMapper
  public Response unavailable(IndexUnavailableException e, UriInfo uri) {
    Response r = problem(503, "Service Unavailable", e.getMessage(), uri);
    return Response.fromResponse(r).header("Retry-After", "10").build();
  }

  /** JAX-RS's own errors (unknown route 404, wrong method 405, unparsable parameter 400/404). */
  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    return problem(status, title, status == 404 ? "no such resource" : e.getMessage(), uri);
  }

  /**
   * A request body that is not the JSON asked for (malformed, wrong types): the client's mistake.
   * The two subtypes are named because Quarkus has its own mappers for them (bodies that are not problems).
   */
  @ServerExceptionMapper({com.fasterxml.jackson.core.JsonProcessingException.class,
      com.fasterxml.jackson.core.JsonParseException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class})
  public Response badJson(Exception e, UriInfo uri) {
    return problem(400, "Bad Request", "request body is not valid JSON of the expected shape", uri);
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e, UriInfo uri) {
    LOG.error("Unexpected error on " + (uri == null ? "?" : uri.getPath()), e);
    return problem(500, "Internal Server Error", "unexpected error; it has been logged", uri);
  }

  static Response problem(int status, String title, String detail, UriInfo uri) {
    return Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath())).build();
  }
}

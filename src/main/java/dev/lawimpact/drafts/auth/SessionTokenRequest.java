package dev.lawimpact.drafts.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A web-session cookie presented for authentication. */
public final class SessionTokenRequest extends BaseAuthenticationRequest {
  final String token;
  final String remote;

  SessionTokenRequest(String token, String remote) {
    this.token = token;
    this.remote = remote;
  }
}

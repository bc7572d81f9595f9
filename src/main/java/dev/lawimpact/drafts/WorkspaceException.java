package dev.lawimpact.drafts;

/**
 * A refused workspace operation. Messages are fixed phrases chosen by the service: they never carry
 * draft titles or text, and NOT_FOUND is the same for "does not exist" and "not yours".
 */
public final class WorkspaceException extends RuntimeException {

  public enum Kind { FORBIDDEN, NOT_FOUND, BAD_INPUT, CONFLICT, TOO_LARGE, UNAVAILABLE }

  private final Kind kind;

  public WorkspaceException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static WorkspaceException notFound() {
    return new WorkspaceException(Kind.NOT_FOUND, "no such draft");
  }

  static WorkspaceException forbidden(String why) {
    return new WorkspaceException(Kind.FORBIDDEN, why);
  }

  static WorkspaceException bad(String why) {
    return new WorkspaceException(Kind.BAD_INPUT, why);
  }
}

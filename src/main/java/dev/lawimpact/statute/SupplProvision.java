package dev.lawimpact.statute;

import dev.lawimpact.identifiers.ProvisionPath;
import java.util.List;

/**
 * 附則. amendLawNum is the AmendLawNum attribute as written (empty for the original enactment's
 * 附則); extract is e-Gov's Extract flag (抄: only part of the 附則 is reproduced); type is the
 * Type attribute (New, Amend, or empty).
 */
public record SupplProvision(ProvisionPath path, String title, String amendLawNum, boolean extract,
    String type, List<Node> children, SourceSpan span) implements Provision {

  public SupplProvision {
    children = List.copyOf(children);
  }

  @Override
  public String caption() {
    return "";
  }

  @Override
  public List<Sentence> sentences() {
    return List.of();
  }
}

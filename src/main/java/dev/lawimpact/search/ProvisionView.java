package dev.lawimpact.search;

import java.util.List;

/**
 * A provision as stored in the index, with the provisions under it: enough to render it or
 * return it as JSON without the XML. text is the full text of the provision and everything below.
 */
public record ProvisionView(String lawId, String lawTitle, String lawNum, String path, String label, String citation,
    String heading, String caption, String kind, String part, boolean deleted, String text, List<ProvisionView> children) {

  public ProvisionView {
    children = List.copyOf(children);
  }
}

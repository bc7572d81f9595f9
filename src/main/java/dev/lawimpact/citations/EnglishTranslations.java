package dev.lawimpact.citations;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * English law titles from Japanese Law Translation XML ({@code <Law Era Year Num LawType Lang="en">
 * <LawBody><LawTitle>Radio Act}). The law is the file name's e-Gov law id when it is one
 * (325AC0000000131.xml), otherwise the catalogue law with the same era, year, number and type.
 */
public final class EnglishTranslations {

  /** English names read, and files that gave none. */
  public record Result(List<EnglishName> names, List<Problem> problems) {
    public Result {
      names = List.copyOf(names);
      problems = List.copyOf(problems);
    }
  }

  private EnglishTranslations() {}

  public static Result read(Collection<Path> files, Collection<LawMeta> catalogue) {
    List<EnglishName> names = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path f : files) {
      String source = String.valueOf(f.getFileName());
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(f);
      } catch (IOException e) {
        problems.add(new Problem(source, "unreadable: " + e));
        continue;
      }
      Result r = read(source, bytes, catalogue);
      names.addAll(r.names());
      problems.addAll(r.problems());
    }
    return new Result(names, problems);
  }

  /** Reads one translation; source is its file name, which may carry the law id. */
  public static Result read(String source, byte[] xml, Collection<LawMeta> catalogue) {
    Header h;
    try {
      h = header(new ByteArrayInputStream(xml));
    } catch (XMLStreamException | RuntimeException e) {
      return new Result(List.of(), List.of(new Problem(source, "not readable as translation XML: " + e.getMessage())));
    }
    if (h.title == null || h.title.isBlank()) {
      return new Result(List.of(), List.of(new Problem(source, "no <LawTitle> in <LawBody>")));
    }
    Optional<LawId> id = idFromFileName(source);
    if (id.isEmpty()) id = idFromAttributes(h, catalogue);
    if (id.isEmpty()) {
      return new Result(List.of(), List.of(new Problem(source,
          "'" + h.title + "': no law id in the file name and no catalogue law with Era=" + h.era + " Year=" + h.year
              + " Num=" + h.num + " LawType=" + h.lawType)));
    }
    String title = NameText.collapseSpaces(h.title.strip());
    return new Result(List.of(EnglishName.ofLaw(title, id.get(), "translation " + source)), List.of());
  }

  private static Optional<LawId> idFromFileName(String source) {
    String name = source.replaceFirst(".*[/\\\\]", "").replaceFirst("\\.xml$", "");
    return LawId.parse(name);
  }

  private static Optional<LawId> idFromAttributes(Header h, Collection<LawMeta> catalogue) {
    Optional<Era> era = Era.fromEgovName(h.era);
    Optional<LawType> type = LawType.fromEgovName(h.lawType);
    if (era.isEmpty() || type.isEmpty() || h.year == null || h.num == null) return Optional.empty();
    List<LawId> hits = catalogue.stream()
        .filter(m -> m.era() == era.get() && String.valueOf(m.year()).equals(h.year.strip())
            && m.num().equals(h.num.strip()) && m.type() == type.get())
        .map(LawMeta::lawId)
        .toList();
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  private static final class Header {
    String era;
    String year;
    String num;
    String lawType;
    String title;
  }

  /** Streams only as far as the first LawTitle; the body of a translation is not needed here. */
  private static Header header(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newInstance();
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(in);
    Header h = new Header();
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        String name = r.getLocalName();
        if (name.equals("Law")) {
          h.era = r.getAttributeValue(null, "Era");
          h.year = r.getAttributeValue(null, "Year");
          h.num = r.getAttributeValue(null, "Num");
          h.lawType = r.getAttributeValue(null, "LawType");
        } else if (name.equals("LawTitle")) {
          h.title = r.getElementText();
          break;
        }
      }
    } finally {
      r.close();
    }
    return h;
  }
}

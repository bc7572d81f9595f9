package dev.lawimpact.citations;

import dev.lawimpact.identifiers.Era;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.identifiers.LawNumber;
import dev.lawimpact.statute.LawMeta;
import dev.lawimpact.statute.LawType;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real catalogue for corpus tests: LawMeta of every file in ja/acts.tar.xz, read from the XML
 * header only (Law attributes, LawNum, LawTitle), plus which laws have no articles in their main
 * provision. Read once per test JVM.
 */
final class CorpusCatalogue {

  final Path root;
  final List<LawMeta> laws;
  final Set<LawId> articleless;
  final long readMillis;

  private static CorpusCatalogue cached;

  private CorpusCatalogue(Path root, List<LawMeta> laws, Set<LawId> articleless, long readMillis) {
    this.root = root;
    this.laws = List.copyOf(laws);
    this.articleless = Set.copyOf(articleless);
    this.readMillis = readMillis;
  }

  static Path corpusDir() {
    return Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
  }

  /** Skips the calling test loudly when the corpus is absent. */
  static synchronized CorpusCatalogue load() throws IOException {
    Path root = corpusDir();
    Path acts = root.resolve("ja/acts.tar.xz");
    if (!Files.isRegularFile(acts)) {
      String msg = "SKIPPED corpus test: " + acts.toAbsolutePath() + " not found (set -Dcorpus.dir=…)";
      System.err.println(msg);
      Assumptions.assumeTrue(false, msg);
    }
    if (cached != null && cached.root.equals(root)) return cached;
    long t0 = System.nanoTime();
    List<LawMeta> laws = new ArrayList<>();
    Set<LawId> articleless = new HashSet<>();
    try (InputStream in = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(Files.newInputStream(acts), 1 << 16)))) {
      TarArchiveInputStream tar = (TarArchiveInputStream) in;
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (!e.isFile() || !e.getName().endsWith(".xml")) continue;
        String name = e.getName().replaceFirst(".*/", "").replaceFirst("\\.xml$", "");
        if (!LawId.isValid(name)) continue;
        byte[] xml = tar.readAllBytes();
        Header h = header(xml);
        if (h.title == null) throw new IOException("no LawTitle in " + e.getName());
        LawId id = new LawId(name);
        LawNumber n = LawNumber.parse(h.lawNum).orElse(null);
        List<String> abbrevs = new ArrayList<>();
        for (String a : h.abbrev.split("[,、]")) if (!a.isBlank()) abbrevs.add(a.strip());
        laws.add(new LawMeta(id, h.title, h.kana, abbrevs, h.lawNum, n,
            LawType.fromEgovName(h.lawType).orElse(LawType.MISC), Era.fromEgovName(h.era).orElse(id.era()),
            id.eraYear(), h.num, ""));
        if ("Paragraph".equals(h.firstMainChild)) articleless.add(id);
      }
    }
    cached = new CorpusCatalogue(root, laws, articleless, (System.nanoTime() - t0) / 1_000_000);
    return cached;
  }

  private static final class Header {
    String era = "";
    String num = "";
    String lawType = "";
    String lawNum = "";
    String title;
    String kana = "";
    String abbrev = "";
    String firstMainChild;
  }

  /** Streams to the first child of MainProvision and stops; the rest of the law is not needed. */
  private static Header header(byte[] xml) throws IOException {
    Header h = new Header();
    try {
      XMLInputFactory f = XMLInputFactory.newInstance();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      boolean inMain = false;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        String n = r.getLocalName();
        if (inMain) {
          h.firstMainChild = n;
          break;
        }
        switch (n) {
          case "Law" -> {
            h.era = attr(r, "Era");
            h.num = attr(r, "Num");
            h.lawType = attr(r, "LawType");
          }
          case "LawNum" -> h.lawNum = r.getElementText().strip();
          case "LawTitle" -> {
            h.kana = attr(r, "Kana");
            h.abbrev = attr(r, "Abbrev");
            h.title = text(r);
          }
          case "MainProvision" -> inMain = true;
          default -> { }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return h;
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  /** Element text including text inside inline children (Ruby etc. are rare in titles). */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("Rt")) {
          r.getElementText(); // ruby reading, not part of the title
          continue;
        }
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
      else if (ev == XMLStreamConstants.CHARACTERS) sb.append(r.getText());
    }
    return sb.toString().strip();
  }
}

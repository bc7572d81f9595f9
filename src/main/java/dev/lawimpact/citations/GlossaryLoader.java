package dev.lawimpact.citations;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Ministry of Justice 法令用語日英標準対訳辞書 into {@link Glossary} pairs: the JLT XML
 * edition ({@code <Entry><Word Kana>…</Word><Trans><TransWord>…} with Usage and Example) and the
 * older CSV edition (用語,読み,訳語候補番号,訳語候補,使い分け基準,用例(和文),用例(英文),用例出典,注釈).
 * Never throws for bad input: what can be read is kept, and the rest is reported as problems.
 */
public final class GlossaryLoader {

  private static final int CSV_COLUMNS = 9;

  private GlossaryLoader() {}

  /** Reads each file by its extension (.xml or .csv); the first file's pairs come first when merged. */
  public static Glossary load(List<Path> files) {
    Glossary out = Glossary.empty();
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      Glossary g = name.endsWith(".csv") ? readCsv(f) : readXml(f);
      out = out.merge(g);
    }
    return out;
  }

  public static Glossary readXml(Path file) {
    String source = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return readXml(source, in);
    } catch (IOException e) {
      return Glossary.of(List.of(), List.of(new Problem(source, "unreadable: " + e)));
    }
  }

  public static Glossary readXml(String source, InputStream in) {
    List<TermPair> pairs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return Glossary.of(List.of(), List.of(new Problem(source, "unreadable: " + e)));
    }
    XMLStreamReader r = null;
    try {
      r = xmlFactory().createXMLStreamReader(new ByteArrayInputStream(stripBom(bytes)), "UTF-8");
      new XmlEntries(source, r, pairs, problems).read();
    } catch (XMLStreamException | RuntimeException e) {
      String at = r == null || r.getLocation() == null ? "" : " at line " + r.getLocation().getLineNumber();
      problems.add(new Problem(source, "XML stopped" + at + ", " + pairs.size() + " pairs kept: " + e.getMessage()));
    } finally {
      closeQuietly(r);
    }
    if (pairs.isEmpty() && problems.isEmpty()) problems.add(new Problem(source, "no dictionary entries found"));
    return Glossary.of(pairs, problems);
  }

  /** The embedded DTD only declares elements; external entities are refused so nothing is fetched. */
  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newInstance();
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static byte[] stripBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Arrays.copyOfRange(b, 3, b.length);
    }
    return b;
  }

  private static void closeQuietly(XMLStreamReader r) {
    if (r == null) return;
    try {
      r.close();
    } catch (XMLStreamException ignored) {
      // nothing left to report: the reader is being discarded
    }
  }

  /** Streaming state for one XML dictionary: the current entry's headword and sense. */
  private static final class XmlEntries {
    private final String source;
    private final XMLStreamReader r;
    private final List<TermPair> pairs;
    private final List<Problem> problems;
    private String word;
    private String kana;
    private String transWord;
    private String usage;
    private String jaPhrase;
    private String enPhrase;
    private String reference;
    private final List<TermPair> senseExamples = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int entryLine;

    XmlEntries(String source, XMLStreamReader r, List<TermPair> pairs, List<Problem> problems) {
      this.source = source;
      this.r = r;
      this.pairs = pairs;
      this.problems = problems;
    }

    void read() throws XMLStreamException {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) start(r.getLocalName());
        else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
            || ev == XMLStreamConstants.SPACE) text.append(r.getText());
        else if (ev == XMLStreamConstants.END_ELEMENT) end(r.getLocalName());
      }
    }

    private void start(String name) {
      text.setLength(0);
      switch (name) {
        case "Entry" -> {
          word = null;
          kana = null;
          entryLine = r.getLocation().getLineNumber();
        }
        case "Word" -> kana = r.getAttributeValue(null, "Kana");
        case "Trans" -> {
          transWord = null;
          usage = null;
          senseExamples.clear();
        }
        case "Example" -> {
          jaPhrase = null;
          enPhrase = null;
          reference = null;
        }
        default -> { }
      }
    }

    private void end(String name) {
      String t = text.toString().strip();
      text.setLength(0);
      switch (name) {
        case "Word" -> word = t;
        case "TransWord" -> transWord = t;
        case "Usage" -> usage = t;
        case "JaPhrase" -> jaPhrase = t;
        case "EnPhrase" -> enPhrase = t;
        case "Reference" -> reference = t;
        case "Example" -> {
          if (isBlank(jaPhrase) || isBlank(enPhrase)) {
            problems.add(new Problem(source, "example without both phrases in entry at line " + entryLine));
          } else if (!isBlank(word)) {
            senseExamples.add(TermPair.example(jaPhrase, enPhrase, word, reference, source));
          }
        }
        case "Trans" -> {
          if (isBlank(word)) {
            problems.add(new Problem(source, "entry at line " + entryLine + " has no <Word> before <Trans>"));
          } else if (isBlank(transWord)) {
            problems.add(new Problem(source, "entry " + word + " has a <Trans> without <TransWord>"));
          } else {
            pairs.add(TermPair.term(word, kana, transWord, usage, source));
          }
          pairs.addAll(senseExamples);
          senseExamples.clear();
        }
        default -> { }
      }
    }
  }

  public static Glossary readCsv(Path file) {
    String source = String.valueOf(file.getFileName());
    try {
      return readCsv(source, new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Glossary.of(List.of(), List.of(new Problem(source, "unreadable (UTF-8 expected): " + e)));
    }
  }

  public static Glossary readCsv(String source, Reader reader) {
    List<TermPair> pairs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Csv.Parsed parsed;
    try {
      parsed = Csv.parse(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
    } catch (IOException e) {
      return Glossary.of(List.of(), List.of(new Problem(source, "unreadable: " + e)));
    }
    List<List<String>> rows = parsed.rows();
    if (parsed.error() != null) problems.add(new Problem(source, parsed.error()));
    if (rows.isEmpty()) return Glossary.of(List.of(), List.of(new Problem(source, "empty file")));
    List<String> header = rows.get(0);
    boolean hasHeader = !header.isEmpty() && header.get(0).replace("\uFEFF", "").strip().equals("用語");
    if (!hasHeader) problems.add(new Problem(source, "first row is not the 用語,読み,… header; read as data"));
    for (int i = hasHeader ? 1 : 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.size() == 1 && row.get(0).isBlank()) continue;
      if (row.size() < 4) {
        problems.add(new Problem(source, "row " + (i + 1) + ": " + row.size() + " columns, " + CSV_COLUMNS + " expected"));
        continue;
      }
      String term = col(row, 0);
      String english = col(row, 3);
      if (term.isEmpty() || english.isEmpty()) {
        problems.add(new Problem(source, "row " + (i + 1) + ": no term or no English equivalent"));
        continue;
      }
      pairs.add(TermPair.term(term, col(row, 1), english, col(row, 4), source));
      String ja = col(row, 5);
      String en = col(row, 6);
      if (!ja.isEmpty() && !en.isEmpty()) pairs.add(TermPair.example(ja, en, term, col(row, 7), source));
    }
    return Glossary.of(pairs, problems);
  }

  private static String col(List<String> row, int i) {
    return i < row.size() ? row.get(i).strip() : "";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  static final class Csv {
    private Csv() {}

    /** The records read; error is set (and the broken last record dropped) when a quote never closes. */
    record Parsed(List<List<String>> rows, String error) {}

    static Parsed parse(BufferedReader in) throws IOException {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int c;
      while ((c = in.read()) != -1) {
        any = true;
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            int n = in.read();
            if (n == '"') field.append('"');
            else {
              quoted = false;
              if (n != -1) in.reset();
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && field.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r') {
          // CRLF and lone CR both end a record; LF after CR is skipped below
          in.mark(1);
          if (in.read() != '\n') in.reset();
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else if (c == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append((char) c);
        }
      }
      if (quoted) return new Parsed(rows, "quoted field opened in record " + (rows.size() + 1) + " never closes; that record is dropped");
      if (any && (!field.isEmpty() || !row.isEmpty())) {
        row.add(field.toString());
        rows.add(row);
      }
      return new Parsed(rows, null);
    }
  }
}

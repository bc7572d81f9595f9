package dev.lawimpact.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Small fictional statutes and archives built on the fly for the tests. */
final class Fixtures {

  private Fixtures() {
  }

  /** A fictional two-article law in 法令標準XML; {@code filler} pads it (e.g. incompressible text). */
  static byte[] law(String title, String filler) {
    return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Law Era="Reiwa" Lang="ja" LawType="Act" Num="1" Year="99">
                  <LawNum>令和九十九年法律第一号</LawNum>
                  <LawBody>
                    <LawTitle>%s</LawTitle>
                    <MainProvision>
                      <Article Num="1"><ArticleTitle>第一条</ArticleTitle>
                        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>この法律は、架空の試験のために定める。</Sentence></ParagraphSentence></Paragraph>
                      </Article>
                      <Article Num="2"><ArticleTitle>第二条</ArticleTitle>
                        <Paragraph Num="1"><ParagraphNum/><ParagraphSentence><Sentence>%s</Sentence></ParagraphSentence></Paragraph>
                      </Article>
                    </MainProvision>
                  </LawBody>
                </Law>
                """.formatted(title, filler)).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] law(String title) {
    return law(title, "この法律は、公布の日から施行する。");
  }

  /** A law padded with ~{@code bytes} of random Base64, which xz cannot shrink much. */
  static byte[] bulkyLaw(String title, int bytes, long seed) {
    byte[] noise = new byte[bytes * 3 / 4];
    new Random(seed).nextBytes(noise);
    return law(title, Base64.getEncoder().encodeToString(noise));
  }

  /** Ordered name → content map from alternating arguments. */
  static Map<String, byte[]> members(Object... nameThenContent) {
    Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) m.put((String) nameThenContent[i], (byte[]) nameThenContent[i + 1]);
    return m;
  }

  /** Members in order; a name ending in '/' is a directory entry. */
  static byte[] tar(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> m : members.entrySet()) {
        TarArchiveEntry e = new TarArchiveEntry(m.getKey());
        if (!m.getKey().endsWith("/")) e.setSize(m.getValue().length);
        tar.putArchiveEntry(e);
        if (!m.getKey().endsWith("/")) tar.write(m.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] xz(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream xz = new XZOutputStream(bytes, new LZMA2Options(1))) {
      xz.write(data);
    }
    return bytes.toByteArray();
  }

  static Path tarXz(Path file, Map<String, byte[]> members) throws IOException {
    return Files.write(file, xz(tar(members)));
  }

  static Path zip(Path file, Map<String, byte[]> members) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
      for (Map.Entry<String, byte[]> m : members.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(m.getKey()));
        if (!m.getKey().endsWith("/")) zip.write(m.getValue());
        zip.closeArchiveEntry();
      }
    }
    return file;
  }

  /** Keeps the first {@code fraction} of a file, as an interrupted download would. */
  static Path truncate(Path file, double fraction) throws IOException {
    byte[] all = Files.readAllBytes(file);
    return Files.write(file, java.util.Arrays.copyOf(all, (int) (all.length * fraction)));
  }

  /** Collects everything a source reports. */
  static final class Recorder implements CorpusVisitor {
    final List<CorpusEntry> entries = new ArrayList<>();
    final List<CorpusProblem> problems = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    private final java.util.function.Predicate<String> wants;

    Recorder() {
      this(id -> true);
    }

    Recorder(java.util.function.Predicate<String> wants) {
      this.wants = wants;
    }

    @Override
    public void entry(CorpusEntry e) {
      entries.add(e);
    }

    @Override
    public void problem(CorpusProblem p) {
      problems.add(p);
    }

    @Override
    public boolean wants(String lawId) {
      asked.add(lawId);
      return wants.test(lawId);
    }

    List<String> ids() {
      return entries.stream().map(CorpusEntry::lawId).toList();
    }

    List<String> names() {
      return entries.stream().map(CorpusEntry::name).toList();
    }
  }
}

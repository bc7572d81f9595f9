package dev.lawimpact.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Fingerprint stamp of a single archive file: path, size and modification time. */
final class ArchiveStamp {

  private ArchiveStamp() {
  }

  static String of(String kind, Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    if (!Files.exists(abs)) return kind + " " + abs + " absent";
    BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
    return kind + " " + abs + " " + a.size() + " " + a.lastModifiedTime().toMillis();
  }
}

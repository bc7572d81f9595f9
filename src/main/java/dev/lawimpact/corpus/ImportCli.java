package dev.lawimpact.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a corpus directory with {@code <LawId>.xml} files, from the e-Gov API or from local
 * archives. Each file is written to a hidden temporary file beside the target and atomically
 * renamed, so an interrupted run never leaves a half-written law. See corpus/README.md.
 *
 * <pre>
 * fetch     --out DIR [--base-url URL] [--delay-ms N] [--skip-existing] LAW_ID_OR_NUM...
 * fetch-all --out DIR --type TYPE[,TYPE] [--limit N] [--include-repealed] [--base-url URL] [--delay-ms N] [--skip-existing]
 * list      --type TYPE[,TYPE] [--limit N] [--include-repealed] [--base-url URL]
 * extract   --out DIR [--skip-existing] LOCATION...   (directory, .zip, .tar.xz or egov:…; first wins)
 * </pre>
 * Exit status: 0 done, 1 done with problems (listed on stderr), 2 usage or fatal error.
 */
public final class ImportCli {

  private static final String USAGE = """
            usage: ImportCli COMMAND [OPTIONS] [ARGS]
              fetch     --out DIR [--base-url URL] [--delay-ms N] [--skip-existing] LAW_ID_OR_NUM...
                        fetch laws (ids like 321CONSTITUTION, or law numbers) from the e-Gov API v2
              fetch-all --out DIR --type TYPE[,TYPE] [--limit N] [--include-repealed] [--base-url URL]
                        [--delay-ms N] [--skip-existing]
                        fetch every law of a type (Constitution, Act, CabinetOrder, ImperialOrder,
                        MinisterialOrdinance, Rule, Misc); repealed laws only with --include-repealed
              list      --type TYPE[,TYPE] [--limit N] [--include-repealed] [--base-url URL]
                        print law_id, law_num and title of the laws of a type
              extract   --out DIR [--skip-existing] LOCATION...
                        copy laws from directories, .zip (e-Gov bulk download), .tar.xz or egov:
                        locations into DIR as <LawId>.xml; for a law in several, the first wins
            default base URL: %s
            exit status: 0 done, 1 done with problems, 2 usage or fatal error
            """.formatted(EgovApiClient.DEFAULT_BASE_URL);

  private ImportCli() {
  }

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) System.exit(status); // 0: return normally, so an embedding runner (exec:java) carries on
  }

  /** Runs one command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    try {
      switch (o.command) {
        case "fetch" -> {
          return write(o, List.of(new EgovApiSource(client(o), o.args)), out, err);
        }
        case "fetch-all" -> {
          List<String> ids = list(o).stream().map(EgovApiClient.LawInfo::lawId).toList();
          out.println("fetching " + ids.size() + " laws of type " + o.type);
          return write(o, List.of(new EgovApiSource(client(o), ids)), out, err);
        }
        case "list" -> {
          for (EgovApiClient.LawInfo law : list(o))
            out.println(law.lawId() + "\t" + law.lawNum() + "\t" + law.title());
          return 0;
        }
        case "extract" -> {
          List<CorpusSource> sources = new ArrayList<>();
          for (String location : o.args) sources.add(CorpusLoader.open(location));
          return write(o, sources, out, err);
        }
        default -> throw new IllegalStateException(o.command);
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static List<EgovApiClient.LawInfo> list(Options o) throws IOException {
    return client(o).listLaws(o.type, o.limit).stream()
        .filter(law -> o.includeRepealed || law.inForce())
        .toList();
  }

  private static EgovApiClient client(Options o) {
    EgovApiClient.Config config = EgovApiClient.Config.defaults();
    if (o.baseUrl != null) config = config.withBaseUrl(URI.create(o.baseUrl));
    if (o.delayMs >= 0) config = config.withMinInterval(Duration.ofMillis(o.delayMs));
    return new EgovApiClient(config);
  }

  private static int write(Options o, List<CorpusSource> sources, PrintStream out, PrintStream err) throws IOException {
    Path dir = Path.of(o.out);
    Files.createDirectories(dir);
    List<CorpusProblem> problems = new ArrayList<>();
    CorpusLoader.Summary summary = CorpusLoader.load(sources, new CorpusVisitor() {
      @Override
      public boolean wants(String lawId) {
        return !(o.skipExisting && Files.exists(dir.resolve(lawId + ".xml")));
      }

      @Override
      public void entry(CorpusEntry e) {
        try {
          writeAtomically(dir.resolve(e.lawId() + ".xml"), e.content());
        } catch (IOException x) {
          throw new UncheckedIOException("cannot write " + dir.resolve(e.lawId() + ".xml") + ": " + x.getMessage(), x);
        }
        out.println(e.lawId() + ".xml\t" + e.size() + " bytes\tfrom " + e.origin() + " " + e.name());
      }

      @Override
      public void problem(CorpusProblem p) {
        problems.add(p);
        err.println("problem: " + p);
      }
    });
    out.printf("wrote %d laws to %s in %.1f s (%d skipped as present in an earlier source%s), %d problems%n",
        summary.entries(), dir, summary.elapsed().toMillis() / 1000.0, summary.shadowed(),
        o.skipExisting ? " or already in the directory" : "", problems.size());
    return problems.isEmpty() ? 0 : 1;
  }

  /** Writes to a hidden temp file in the same directory, forces it to disk, then renames over the target. */
  static void writeAtomically(Path target, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static final class Options {
    String command, out, type, baseUrl;
    int limit;
    long delayMs = -1;
    boolean skipExisting, includeRepealed;
    final List<String> args = new ArrayList<>();

    static Options parse(String[] argv) {
      if (argv.length == 0) throw new IllegalArgumentException("no command");
      Options o = new Options();
      o.command = argv[0];
      if (!List.of("fetch", "fetch-all", "list", "extract").contains(o.command))
        throw new IllegalArgumentException("unknown command " + o.command);
      for (int i = 1; i < argv.length; i++) {
        String a = argv[i];
        switch (a) {
          case "--out" -> o.out = value(argv, ++i, a);
          case "--type" -> o.type = value(argv, ++i, a);
          case "--base-url" -> o.baseUrl = value(argv, ++i, a);
          case "--limit" -> o.limit = Integer.parseInt(value(argv, ++i, a));
          case "--delay-ms" -> o.delayMs = Long.parseLong(value(argv, ++i, a));
          case "--skip-existing" -> o.skipExisting = true;
          case "--include-repealed" -> o.includeRepealed = true;
          default -> {
            if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
            o.args.add(a);
          }
        }
      }
      boolean writes = !o.command.equals("list");
      if (writes && o.out == null) throw new IllegalArgumentException(o.command + " needs --out DIR");
      if (o.command.endsWith("all") || o.command.equals("list")) {
        if (o.type == null) throw new IllegalArgumentException(o.command + " needs --type TYPE");
        if (!o.args.isEmpty()) throw new IllegalArgumentException(o.command + " takes no arguments: " + o.args);
      } else if (o.args.isEmpty()) {
        throw new IllegalArgumentException(o.command + " needs at least one " + (o.command.equals("fetch") ? "law id" : "location"));
      }
      return o;
    }

    private static String value(String[] argv, int i, String option) {
      if (i >= argv.length) throw new IllegalArgumentException(option + " needs a value");
      return argv[i];
    }
  }
}

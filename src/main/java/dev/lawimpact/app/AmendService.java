package dev.lawimpact.app;

import dev.lawimpact.amendments.Amender;
import dev.lawimpact.amendments.Amendment;
import dev.lawimpact.amendments.AmendmentResult;
import dev.lawimpact.amendments.ApplyFailure;
import dev.lawimpact.amendments.Operation;
import dev.lawimpact.amendments.ParsedSentence;
import dev.lawimpact.comparison.Comparison;
import dev.lawimpact.comparison.ComparisonHtml;
import dev.lawimpact.comparison.ComparisonTable;
import dev.lawimpact.comparison.DraftDiff;
import dev.lawimpact.corpus.CorpusEntry;
import dev.lawimpact.corpus.CorpusLoader;
import dev.lawimpact.corpus.CorpusProblem;
import dev.lawimpact.corpus.CorpusSpec;
import dev.lawimpact.corpus.CorpusVisitor;
import dev.lawimpact.identifiers.LawId;
import dev.lawimpact.search.BadQueryException;
import dev.lawimpact.search.LawSummary;
import dev.lawimpact.search.NotFoundException;
import dev.lawimpact.statute.Block;
import dev.lawimpact.statute.Law;
import dev.lawimpact.statute.xml.EgovXmlReader;
import dev.lawimpact.statute.xml.EgovXmlWriter;
import dev.lawimpact.statute.xml.ReadResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amendment and comparison requests: reads the inputs (e-Gov XML, fragments or plain text),
 * finds the target law (given, named in the bill, or from the corpus), applies, compares. The
 * REST resources call only this.
 */
@ApplicationScoped
public class AmendService {

  /**
   * Largest accepted input text (characters) per field; larger requests get 413. The largest
   * law in the corpus is about 1.5 million characters; bodies over Quarkus' HTTP limit (10 MB by
   * default) are refused before they reach us.
   */
  public static final int MAX_CHARS = 2_000_000;

  private static final Pattern LAW_NUMBER_IN_TARGET = Pattern.compile("（([^（）]*?第[〇一二三四五六七八九十百千]+号)）の一部を次のように");

  private final AppConfig config;
  private final Services services;
  private final Amender amender = new Amender();
  // Recently loaded corpus laws: reading one member of acts.tar.xz costs about a second.
  private final Map<String, Law> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Law> e) {
      return size() > 8;
    }
  };

  public AmendService(AppConfig config, Services services) {
    this.config = config;
    this.services = services;
  }

  /** An operation as the API shows it: type, where in which sentence, the clause text, the parsed record. */
  public record OperationView(String type, int sentence, int start, int end, String clause, Operation operation) {}

  /** A refusal or a part not understood, with its position. */
  public record FailureView(String kind, int sentence, int start, int end, String operation, String detail) {}

  public record AmendResponse(String targetLawId, String targetSentence, int sentences, int sentencesParsed,
      List<OperationView> operations, List<FailureView> failures, String result, ComparisonTable comparison) {}

  /** Applies an amendment. {@code base} optional (else the corpus version of the target). */
  public AmendResponse amend(String amendment, String base, String targetLawId) {
    Applied a = apply(amendment, base, targetLawId);
    ComparisonTable table = new Comparison().table(a.result.before(), a.result.after());
    return new AmendResponse(a.result.after().meta().lawId().value(), a.amendment.targetSentence(),
        a.result.sentences().size(), (int) a.result.sentences().stream().filter(ParsedSentence::clean).count(),
        operations(a.result), failures(a.result), new EgovXmlWriter().write(a.result.after()), table);
  }

  /** The same as a printable 新旧対照表 page, refusals listed above the table. */
  public String amendHtml(String amendment, String base, String targetLawId) {
    Applied a = apply(amendment, base, targetLawId);
    ComparisonTable table = new Comparison().table(a.result.before(), a.result.after());
    List<String> notes = new ArrayList<>();
    for (FailureView f : failures(a.result)) {
      notes.add("第" + (f.sentence() + 1) + "文（" + f.start() + "文字目）: " + f.kind() + " — " + f.detail());
    }
    return new ComparisonHtml().render(table, notes);
  }

  /** Two versions of a law (e-Gov XML each): the 新旧対照表 from old to new. */
  public ComparisonTable diff(String oldXml, String newXml) {
    checkSize("old", oldXml);
    checkSize("new", newXml);
    return new Comparison().table(readLaw(oldXml, "old"), readLaw(newXml, "new"));
  }

  public String diffHtml(String oldXml, String newXml) {
    return new ComparisonHtml().render(diff(oldXml, newXml), List.of());
  }

  /** Two drafts of one amending bill against the same base: sentences compared, and the resulting laws. */
  public DraftDiff drafts(String draft1, String draft2, String base, String targetLawId) {
    Applied a = apply(draft1, base, targetLawId);
    Applied b = apply(draft2, base, targetLawId);
    return new Comparison().drafts(sentences(a.amendment), sentences(b.amendment), a.result.after(), b.result.after());
  }

  private static List<String> sentences(Amendment a) {
    List<String> out = new ArrayList<>();
    for (Block.AmendProvision p : a.provisions()) out.addAll(p.sentences());
    return out;
  }

  private record Applied(Amendment amendment, AmendmentResult result) {}

  private Applied apply(String amendment, String base, String targetLawId) {
    if (amendment == null || amendment.isBlank()) throw new BadQueryException("amendment is required: 改め文 text or e-Gov XML");
    checkSize("amendment", amendment);
    if (base != null) checkSize("base", base);
    if (targetLawId != null && !targetLawId.isBlank() && !LawId.isValid(targetLawId.strip())) {
      throw new BadQueryException("targetLawId is not an e-Gov law id: " + targetLawId);
    }
    List<Amendment> groups = isXml(amendment)
        ? amender.amendmentsIn(readLaw(amendment, "amendment"))
        : amender.amendmentsInText(amendment);
    if (groups.isEmpty()) throw new BadQueryException("no amendment sentences found in the amendment");
    Law target;
    Amendment chosen;
    if (base != null && !base.isBlank()) {
      target = readLaw(base, "base");
      chosen = choose(groups, target);
    } else {
      String id = targetLawId != null && !targetLawId.isBlank() ? targetLawId.strip() : detectTarget(groups);
      target = corpusLaw(id);
      chosen = choose(groups, target);
    }
    return new Applied(chosen, amender.apply(target, chosen, Amender.Policy.ALL_OCCURRENCES));
  }

  /** The group aimed at the target: named by number or title, else the only group there is. */
  private Amendment choose(List<Amendment> groups, Law target) {
    List<Block.AmendProvision> found = new ArrayList<>();
    String sentence = "";
    for (Amendment g : groups) {
      if (Amender.namesTarget(g.targetSentence(), target)) {
        found.addAll(g.provisions());
        if (sentence.isEmpty()) sentence = g.targetSentence();
      }
    }
    if (!found.isEmpty()) return new Amendment(sentence, found);
    if (groups.size() == 1) return groups.get(0);
    throw new BadQueryException("the amendment names " + groups.size() + " target laws and none of them is "
        + target.meta().title() + "; give targetLawId or the matching base");
  }

  private String detectTarget(List<Amendment> groups) {
    for (Amendment g : groups) {
      Matcher m = LAW_NUMBER_IN_TARGET.matcher(g.targetSentence());
      if (!m.find()) continue;
      String num = m.group(1);
      for (LawSummary s : services.get().lookup().list(num, null, 20, 0).laws()) {
        if (s.lawNum().equals(num)) return s.lawId();
      }
      throw new NotFoundException("the target law " + num + " is not in the corpus; give base");
    }
    throw new BadQueryException("no target law found: give targetLawId or base, or start the bill with "
        + "「…法（…号）の一部を次のように改正する。」");
  }

  /** A law from the corpus by id (the version the index was built from). */
  Law corpusLaw(String lawId) {
    synchronized (cache) {
      Law l = cache.get(lawId);
      if (l != null) return l;
    }
    CorpusSpec spec = config.corpus().locations().filter(s -> !s.isBlank()).map(CorpusSpec::parse)
        .orElseGet(() -> CorpusSpec.defaults(config.corpus().root().filter(s -> !s.isBlank()).map(Path::of)
            .orElseGet(CorpusLoader::defaultRoot)));
    byte[][] found = {null};
    try {
      CorpusLoader.load(spec.open(), new CorpusVisitor() {
        @Override
        public boolean wants(String id) {
          return id.equals(lawId) && found[0] == null;
        }

        @Override
        public void entry(CorpusEntry e) {
          found[0] = e.content();
        }

        @Override
        public void problem(CorpusProblem p) {
        }
      });
    } catch (IOException e) {
      throw new NotFoundException("the corpus cannot be read: " + e.getMessage());
    }
    if (found[0] == null) throw new NotFoundException("no law " + lawId + " in the corpus; give base");
    ReadResult r = new EgovXmlReader().read(lawId, lawId, found[0]);
    if (r.failed()) throw new NotFoundException("the corpus copy of " + lawId + " cannot be read");
    synchronized (cache) {
      cache.put(lawId, r.law());
    }
    return r.law();
  }

  private static Law readLaw(String xml, String field) {
    ReadResult r = Amender.readXml(xml, field);
    if (r.failed()) {
      String why = r.diagnostics().isEmpty() ? "unreadable" : r.diagnostics().get(0).message();
      throw new BadQueryException(field + " is not usable e-Gov XML: " + why);
    }
    return r.law();
  }

  private static boolean isXml(String s) {
    String t = s.strip();
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
    return t.startsWith("<");
  }

  static void checkSize(String field, String value) {
    if (value.length() > MAX_CHARS) throw new TooLargeException(field + " is longer than " + MAX_CHARS + " characters");
  }

  /** A request field over the size limit; the REST edge answers 413. */
  public static final class TooLargeException extends jakarta.ws.rs.WebApplicationException {
    public TooLargeException(String message) {
      super(message, 413);
    }
  }

  private static List<OperationView> operations(AmendmentResult r) {
    List<OperationView> out = new ArrayList<>();
    for (ParsedSentence s : r.sentences()) {
      for (Operation op : s.operations()) {
        String clause = s.text().substring(Math.max(0, op.start()), Math.min(s.text().length(), Math.max(op.start(), op.end())));
        out.add(new OperationView(op.type(), op.sentence(), op.start(), op.end(), clause, op));
      }
    }
    return out;
  }

  private static List<FailureView> failures(AmendmentResult r) {
    List<FailureView> out = new ArrayList<>();
    for (ApplyFailure f : r.failures()) {
      out.add(new FailureView(f.kind().name(), f.sentence(), f.start(), f.end(), f.operation(), f.detail()));
    }
    return out;
  }
}

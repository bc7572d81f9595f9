package dev.lawimpact.amendments;

import java.util.List;

/**
 * One typed edit parsed from an amendment sentence. {@code sentence} is the index of the
 * sentence in its amendment, {@code start}/{@code end} the character span of the clause in it.
 * Provision content (new articles, items, tables) is taken from the sentence's NewProvision in
 * order: {@code content} is how many top-level nodes the edit takes (-1: all that remain).
 */
public sealed interface Operation {

  int sentence();

  int start();

  int end();

  /** Short type name used in reports and per-type accuracy. */
  String type();

  /** 「A」を「B」に改める (one record per pair, in sentence order). */
  record ReplaceText(List<Target> scope, String from, String to, int sentence, int start, int end) implements Operation {
    public ReplaceText {
      scope = List.copyOf(scope);
    }

    public String type() {
      return "replace-text";
    }
  }

  /** 「A」を削る. */
  record DeleteText(List<Target> scope, String text, int sentence, int start, int end) implements Operation {
    public DeleteText {
      scope = List.copyOf(scope);
    }

    public String type() {
      return "delete-text";
    }
  }

  /** 「A」の下に「B」を加える (after), 「A」の上に「B」を加える (before). */
  record InsertText(List<Target> scope, String anchor, String text, boolean before, int sentence, int start, int end)
      implements Operation {
    public InsertText {
      scope = List.copyOf(scope);
    }

    public String type() {
      return "insert-text";
    }
  }

  /** 第X条を次のように改める: whole provisions replaced by NewProvision content. */
  record ReplaceProvisions(List<Target> targets, int content, int sentence, int start, int end) implements Operation {
    public ReplaceProvisions {
      targets = List.copyOf(targets);
    }

    public String type() {
      return "replace-provision";
    }
  }

  /** 第X条を削る / 第Y項及び第Z項を削り. */
  record DeleteProvisions(List<Target> targets, int sentence, int start, int end) implements Operation {
    public DeleteProvisions {
      targets = List.copyOf(targets);
    }

    public String type() {
      return "delete-provision";
    }
  }

  /**
   * 第X条の次に次の一条を加える (AFTER), …の前に (BEFORE), 同条に次の一項を加える (APPEND: at
   * the end of the container).
   */
  record InsertProvisions(Target anchor, Placement placement, int content, int sentence, int start, int end)
      implements Operation {
    public String type() {
      return "insert-provision";
    }
  }

  enum Placement { AFTER, BEFORE, APPEND }

  /** 第四項を第五項とし / 同号を同条第十四号とする. */
  record Renumber(Target from, Target to, int sentence, int start, int end) implements Operation {
    public String type() {
      return "renumber";
    }
  }

  /** 第四号から第十一号までを一号ずつ繰り下げ (delta +1) / 繰り上げ (delta -1). */
  record Shift(List<Target> targets, int delta, int sentence, int start, int end) implements Operation {
    public Shift {
      targets = List.copyOf(targets);
    }

    public String type() {
      return "shift";
    }
  }

  /** 見出しを「（…）」に改める, 見出しとして「（…）」を付する (text set), の見出しを削る (text empty). */
  record SetCaption(Target target, String caption, int sentence, int start, int end) implements Operation {
    public String type() {
      return "caption";
    }
  }

  /** e-Gov placeholder for an amendment whose text is not reproduced: （「次のよう」略）. */
  record Elided(String text, int sentence, int start, int end) implements Operation {
    public String type() {
      return "elided";
    }
  }

  /** 次の表により…改める: the amendment is given as an old/new table (新旧対照表方式), not as sentences. */
  record TableForm(String text, int sentence, int start, int end) implements Operation {
    public String type() {
      return "table-form";
    }
  }
}

package dev.lawimpact.amendments;

import java.util.ArrayList;
import java.util.List;

/**
 * What an amendment sentence points at, as written and before it is looked up in a tree:
 * 第十四条第一項, 附則第三項, 別表第一, 第三十八条第六項の表第六条第四号の項, 第十二条の見出し.
 * Numbers are in e-Gov Num form ("6_2"). {@code rangeTo} is the last number of a range at the
 * last step (第四号から第十一号まで), otherwise null. {@code row} names a table row (…の項).
 */
public record Target(List<Step> steps, Part part, String row, String rangeTo, String text) {

  public Target {
    steps = List.copyOf(steps);
    if (part == null) part = Part.WHOLE;
  }

  /** The levels a sentence can name; STRUCTURE steps carry the 章/節 kind in {@code unit}. */
  public enum Level { MAIN, SUPPL, TITLE, TOC, STRUCTURE, ARTICLE, PARAGRAPH, ITEM, SUBITEM, APPENDIX, AMENDING_CLAUSE }

  /**
   * One step. unit: 章/節/款/目/編 for STRUCTURE, 別表/様式/別記/別記様式 for APPENDIX; subitem
   * depth for SUBITEM is the count of SUBITEM steps before it, plus one.
   */
  public record Step(Level level, String unit, String num) {
    public Step {
      if (unit == null) unit = "";
      if (num == null) num = "";
    }
  }

  /** The part of a provision a sentence edits: whole, 見出し, ただし書, 各号列記以外の部分 …, 章名. */
  public enum Part { WHOLE, CAPTION, PROVISO, MAIN_TEXT, FIRST_HALF, SECOND_HALF, TABLE, HEADING_AND_NUMBER, STRUCTURE_TITLE, WITH_CAPTION }

  public Level lastLevel() {
    return steps.isEmpty() ? Level.MAIN : steps.get(steps.size() - 1).level();
  }

  public Step last() {
    return steps.isEmpty() ? null : steps.get(steps.size() - 1);
  }

  public Target withSteps(List<Step> s) {
    return new Target(s, part, row, rangeTo, text);
  }

  public Target withPart(Part p) {
    return new Target(steps, p, row, rangeTo, text);
  }

  /** The steps down to and including the last step of the given level (同条 from 第三条第二項). */
  public List<Step> upTo(Level level) {
    List<Step> out = new ArrayList<>();
    for (Step s : steps) {
      out.add(s);
      if (s.level() == level) return out;
    }
    return null;
  }

  public boolean has(Level level) {
    for (Step s : steps) if (s.level() == level) return true;
    return false;
  }
}

package dev.lawimpact.statute;

import java.util.Optional;

/** e-Gov's LawType attribute values. */
public enum LawType {
  CONSTITUTION("Constitution", "憲法"),
  ACT("Act", "法律"),
  CABINET_ORDER("CabinetOrder", "政令"),
  IMPERIAL_ORDER("ImperialOrder", "勅令"),
  MINISTERIAL_ORDINANCE("MinisterialOrdinance", "府省令"),
  RULE("Rule", "規則"),
  MISC("Misc", "その他");

  public final String egovName;
  public final String japanese;

  LawType(String egovName, String japanese) {
    this.egovName = egovName;
    this.japanese = japanese;
  }

  public static Optional<LawType> fromEgovName(String s) {
    for (LawType t : values()) if (t.egovName.equalsIgnoreCase(s)) return Optional.of(t);
    return Optional.empty();
  }
}

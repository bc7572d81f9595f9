package dev.lawimpact.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawimpact.identifiers.LawId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTranslationsTest {

  @Test
  void joinsByAttributesWhenTheFileNameIsNoLawId() {
    EnglishTranslations.Result r = EnglishTranslations.read("fictional-telecom-en.xml",
        Fixtures.bytes("fictional-telecom-en.xml"), Fixtures.catalogue());
    assertEquals(List.of(), r.problems());
    EnglishName n = r.names().get(0);
    assertEquals("Fictional Telecommunications Business Act", n.english(), "line break inside the title collapsed");
    assertEquals(new LawId(Fixtures.TELECOM), n.lawId());
    assertEquals("translation fictional-telecom-en.xml", n.source());
  }

  @Test
  void fileNameLawIdWins() {
    EnglishTranslations.Result r = EnglishTranslations.read("en/501AC0000000009.xml",
        Fixtures.bytes("fictional-telecom-en.xml"), Fixtures.catalogue());
    assertEquals(new LawId(Fixtures.ARTICLELESS), r.names().get(0).lawId());
  }

  @Test
  void unjoinableOrTitlelessFilesAreProblems() {
    String xml = "<Law Era=\"Reiwa\" Year=\"9\" Num=\"99\" LawType=\"Act\"><LawBody><LawTitle>Unknown Act</LawTitle></LawBody></Law>";
    EnglishTranslations.Result r = EnglishTranslations.read("x.xml", xml.getBytes(StandardCharsets.UTF_8), Fixtures.catalogue());
    assertTrue(r.names().isEmpty());
    assertTrue(r.problems().get(0).message().contains("no catalogue law"), r.problems().toString());

    r = EnglishTranslations.read("y.xml", "<Law><LawBody/></Law>".getBytes(StandardCharsets.UTF_8), Fixtures.catalogue());
    assertTrue(r.problems().get(0).message().contains("no <LawTitle>"));

    r = EnglishTranslations.read("z.xml", "<Law><LawBody>".getBytes(StandardCharsets.UTF_8), Fixtures.catalogue());
    assertTrue(r.problems().get(0).message().startsWith("not readable"), r.problems().toString());
  }
}

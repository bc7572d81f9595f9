package dev.lawimpact.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lawimpact.drafts.Views.Analysis;
import dev.lawimpact.drafts.Views.Draft;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analysis results (kind + JSON) stored with one draft version: what the impact and amendment
 * features will call once they exist. Same access rules as the draft; deleted with it.
 */
@QuarkusTest
class DraftAnalysisStorageTest {

  @Inject DraftWorkspace workspace;

  private Actor actor(String name) {
    return workspace.authenticate(name, Accounts.PASSWORD, "127.0.0.1").orElseThrow();
  }

  @Test
  void storedPerVersionAndGuardedLikeTheDraft() {
    Actor owner = actor(Accounts.create("aowner", "drafter"));
    Actor reader = actor(Accounts.create("areader", "reviewer"));
    Actor stranger = actor(Accounts.create("astranger", "drafter"));
    Draft d = workspace.create(owner, "改正案", "text", "第一条を削る。");
    workspace.update(owner, d.id(), null, null, "第一条及び第二条を削る。", 1);
    workspace.share(owner, d.id(), reader.username(), "read");

    String json = "{\"impacted\":[{\"lawId\":\"599AC0000000001\",\"reason\":\"cites 第一条\"}]}";
    Analysis a = workspace.storeAnalysis(owner, d.id(), 2, "impact", json);
    assertEquals(List.of(a), workspace.analyses(owner, d.id(), 2));
    assertEquals(List.of(), workspace.analyses(owner, d.id(), 1));
    assertEquals(json, workspace.analyses(reader, d.id(), 2).get(0).resultJson());

    assertEquals(WorkspaceException.Kind.FORBIDDEN,
        assertThrows(WorkspaceException.class, () -> workspace.storeAnalysis(reader, d.id(), 2, "impact", "{}")).kind());
    assertEquals(WorkspaceException.Kind.NOT_FOUND,
        assertThrows(WorkspaceException.class, () -> workspace.analyses(stranger, d.id(), 2)).kind());
    assertEquals(WorkspaceException.Kind.NOT_FOUND,
        assertThrows(WorkspaceException.class, () -> workspace.storeAnalysis(owner, d.id(), 3, "impact", "{}")).kind());
    assertEquals(WorkspaceException.Kind.BAD_INPUT,
        assertThrows(WorkspaceException.class, () -> workspace.storeAnalysis(owner, d.id(), 2, "Bad Kind!", "{}")).kind());

    workspace.delete(owner, d.id());
    assertEquals(WorkspaceException.Kind.NOT_FOUND,
        assertThrows(WorkspaceException.class, () -> workspace.analyses(owner, d.id(), 2)).kind());
  }

  @Test
  void staleSavesAreRefusedNotSilentlyOverwritten() {
    Actor owner = actor(Accounts.create("stale", "drafter"));
    Draft d = workspace.create(owner, "t", "text", "v1");
    workspace.update(owner, d.id(), null, null, "v2 by one tab", 1);
    WorkspaceException e = assertThrows(WorkspaceException.class,
        () -> workspace.update(owner, d.id(), null, null, "v2 by another tab", 1));
    assertEquals(WorkspaceException.Kind.CONFLICT, e.kind());
    assertEquals("v2 by one tab", workspace.get(owner, d.id()).latest().content());
    assertEquals(2, workspace.versions(owner, d.id()).size());
    // Versions are immutable: version 1 still reads as first saved.
    assertEquals("v1", workspace.version(owner, d.id(), 1).content());
  }
}

// The undo history when another person's change arrives (Document::dropStepsTouching): the
// steps it made impossible go, with every step before them; the others stay and still work.
#include "helpers.h"

#include <QStatusBar>
#include <catch2/catch.hpp>

using namespace testing;
using namespace sightline;

namespace {

// What another person's change to these nodes touched.
core::ChangeFootprint othersChanged(Editor& e, std::initializer_list<const char*> nodes) {
    core::ChangeSet changes;
    for (const char* id : nodes)
        changes.events.push_back(core::change::NodeChanged{core::NodeId(id)});
    core::ChangeFootprint out;
    out.addWithLinkEnds(changes, e.map());
    return out;
}

std::string titleOf(Editor& e, const char* id) {
    return e.map().node(core::NodeId(id))->title;
}

} // namespace

TEST_CASE("another person's change drops the undo steps it made impossible, and only those",
          "[editor][undo]") {
    Editor e(exampleMap());
    const std::string output = titleOf(e, "o-output"), ftr = titleOf(e, "o-ftr");
    REQUIRE(e.controller().renameNode(core::NodeId("o-oee"), QStringLiteral("OEE of the gear cells rises")));
    REQUIRE(e.controller().renameNode(core::NodeId("o-output"), QStringLiteral("Output per shift rises")));
    REQUIRE(e.controller().renameNode(core::NodeId("o-ftr"), QStringLiteral("First-time-right rises")));
    e.undo().undo(); // the third is a redo step now
    REQUIRE(e.undo().count() == 3);
    REQUIRE(e.undo().index() == 2);

    // Something nobody here changed: nothing goes.
    CHECK(e.document().dropStepsTouching(othersChanged(e, {"g-margin"})) == 0);
    CHECK(e.undo().count() == 3);

    // Someone changed o-oee: undoing its rename would undo their change too. That step goes,
    // the later rename stays undoable and the redo step stays redoable.
    CHECK(e.document().dropStepsTouching(othersChanged(e, {"o-oee"})) == 1);
    CHECK(e.undo().count() == 2);
    CHECK(e.undo().index() == 1);
    CHECK(titleOf(e, "o-ftr") == ftr);
    e.undo().undo();
    CHECK(titleOf(e, "o-output") == output);
    CHECK(titleOf(e, "o-oee") == "OEE of the gear cells rises"); // kept: it cannot be undone
    CHECK_FALSE(e.undo().canUndo());
    e.undo().redo();
    e.undo().redo();
    CHECK(titleOf(e, "o-output") == "Output per shift rises");
    CHECK(titleOf(e, "o-ftr") == "First-time-right rises");

    // A redo step that touched it goes, with the steps after it.
    e.undo().undo();
    e.undo().undo();
    REQUIRE(e.undo().index() == 0);
    CHECK(e.document().dropStepsTouching(othersChanged(e, {"o-ftr"})) == 1);
    CHECK(e.undo().count() == 1);
    e.undo().redo();
    CHECK(titleOf(e, "o-output") == "Output per shift rises");
    CHECK_FALSE(e.undo().canRedo());
    CHECK(titleOf(e, "o-ftr") == ftr);

    // A step keeps merging as before (a drag is one step) after the history was rebuilt.
    const int before = e.undo().count();
    const int gesture = e.controller().newGesture();
    e.scene().selectNodes({core::NodeId("o-oee")});
    e.controller().moveSelection(QPointF(20, 0), gesture);
    e.controller().moveSelection(QPointF(20, 0), gesture);
    CHECK(e.undo().count() == before + 1);

    // Someone moved o-oee in this view: the drag goes, and so does the rename before it.
    core::ChangeSet moved;
    moved.events.push_back(core::change::PositionsChanged{e.document().view(), {core::NodeId("o-oee")}});
    CHECK(e.document().dropStepsTouching(core::ChangeFootprint(moved)) == 2);
    CHECK(e.undo().count() == 0);
    CHECK(titleOf(e, "o-output") == "Output per shift rises");
}

#include "outlinepaste.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace sightline::editor {

namespace {

constexpr double kColumn = 240; // between neighbouring results
constexpr double kRow = 160;    // between a result and its causes

struct Line {
    int indent = 0;
    QString title;
    int parent = -1; // index of the line it drives, -1 for a top line
    std::vector<int> children;
    double x = 0;
    int depth = 0;
};

int indentOf(const QString& line) {
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 4;
        else
            break;
    }
    return n;
}

QString titleOf(const QString& line) {
    static const QRegularExpression marker(QStringLiteral("^(?:[-*•+]|\\d+[.)])(?:\\s+|$)"));
    QString t = line.trimmed();
    t.remove(marker);
    return t.simplified();
}

// Leaves at the next free column, parents centred over their causes.
double place(std::vector<Line>& lines, int i, double& nextColumn) {
    Line& l = lines[static_cast<std::size_t>(i)];
    if (l.children.empty()) {
        l.x = nextColumn;
        nextColumn += kColumn;
        return l.x;
    }
    double first = 0, last = 0;
    for (std::size_t k = 0; k < l.children.size(); ++k) {
        lines[static_cast<std::size_t>(l.children[k])].depth = l.depth + 1;
        const double x = place(lines, l.children[k], nextColumn);
        if (k == 0)
            first = x;
        last = x;
    }
    l.x = (first + last) / 2;
    return l.x;
}

} // namespace

std::optional<core::MapData> outlineMap(const QString& text, core::ViewKind view, QString* error) {
    std::vector<Line> lines;
    std::vector<int> open; // the lines that a deeper line may drive, outermost first
    for (const QString& raw : text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")))) {
        const QString title = titleOf(raw);
        if (title.isEmpty())
            continue;
        Line l;
        l.indent = indentOf(raw);
        l.title = title;
        while (!open.empty() && lines[static_cast<std::size_t>(open.back())].indent >= l.indent)
            open.pop_back();
        l.parent = open.empty() ? -1 : open.back();
        const int index = static_cast<int>(lines.size());
        if (l.parent >= 0)
            lines[static_cast<std::size_t>(l.parent)].children.push_back(index);
        lines.push_back(std::move(l));
        open.push_back(index);
    }
    constexpr std::size_t kMostLines = 5000;
    if (lines.size() > kMostLines) {
        if (error)
            *error = QCoreApplication::translate("sightline::editor::EditController",
                                                 "the outline has %1 titles; paste at most %2 at a time")
                         .arg(lines.size())
                         .arg(kMostLines);
        return std::nullopt;
    }
    if (lines.empty()) {
        if (error)
            *error = QCoreApplication::translate("sightline::editor::EditController",
                                                 "the clipboard holds no titles to paste");
        return std::nullopt;
    }
    double nextColumn = 0;
    for (int i = 0; i < static_cast<int>(lines.size()); ++i)
        if (lines[static_cast<std::size_t>(i)].parent < 0)
            place(lines, i, nextColumn);

    core::MapData map;
    map.properties.title = "Outline";
    auto& positions = map.positionsOf(view);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        core::Node n;
        n.id = core::NodeId("line-" + std::to_string(i + 1));
        n.kind = core::NodeKind::Objective;
        n.title = lines[i].title.toStdString();
        positions[n.id] = core::Point{lines[i].x, kRow * lines[i].depth};
        map.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].parent >= 0) {
            core::Link l;
            l.id = core::LinkId("drive-" + std::to_string(i + 1));
            l.kind = core::LinkKind::Drives;
            l.from = map.nodes[i].id;
            l.to = map.nodes[static_cast<std::size_t>(lines[i].parent)].id;
            map.links.push_back(std::move(l));
        }
    return map;
}

} // namespace sightline::editor

#pragma once

#include <QString>
#include <cstddef>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace sightline::editor {

// The progress dialog shown while a big map opens: first "Reading ..." (a busy bar: storage
// reads in one go), then "Drawing N results, measures and initiatives" with a real bar, then
// "Preparing the outline and findings". Window-modal, so the user cannot edit the map being
// replaced while events are processed; Cancel stops the drawing and keeps what was open.
class OpenProgress {
public:
    // Big enough to show progress: at least this many nodes and links, or a file this large.
    static constexpr std::size_t kItems = 4000;
    static constexpr qint64 kFileBytes = 4 * 1024 * 1024;

    OpenProgress(QWidget* window, const QString& name);
    ~OpenProgress();
    OpenProgress(const OpenProgress&) = delete;
    OpenProgress& operator=(const OpenProgress&) = delete;

    void reading();
    void preparing();
    // For Workspace: the canvas build's progress; false once Cancel was pressed.
    std::function<bool(std::size_t, std::size_t)> drawing();
    bool cancelled() const;

private:
    std::unique_ptr<QProgressDialog> dialog_;
    QString name_;
};

} // namespace sightline::editor

#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace sightline::editor {

// The questions the editor asks about a map's file (DocumentSafety). The default asks with
// message boxes when mayAsk() says so (MainWindow::asksUser); otherwise it answers without
// asking (Discard, no recovered copy). Tests answer with a subclass.
class FileQuestions {
public:
    explicit FileQuestions(std::function<bool()> mayAsk = {}) : mayAsk_(std::move(mayAsk)) {}
    virtual ~FileQuestions() = default;

    enum class Unwritten { SaveAs, Discard, Cancel };
    // The file lacks edits the window holds (a write failed, or another program changed it).
    virtual Unwritten unwrittenEdits(QWidget* parent, const QString& message);
    // Where to keep them (empty: cancelled).
    virtual QString saveAsPath(QWidget* parent, const QString& directory);
    // The file is damaged: open a copy recovered as far as it goes?
    virtual bool openRecoveredCopy(QWidget* parent, const QString& message);

private:
    bool interactive() const { return mayAsk_ && mayAsk_(); }
    std::function<bool()> mayAsk_;
};

} // namespace sightline::editor

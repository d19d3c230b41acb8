#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sightline::editor {

// Measures how long the event loop of the thread it lives on goes without turning: a 2 ms timer
// notes the gap between its ticks; the longest gap, less the interval, is the longest stall.
// On a busy machine a gap can also mean the thread was not scheduled at all, so the probe also
// notes the thread's own CPU time between ticks: the longest *busy* stretch is the work the
// event loop did without turning (what a faster machine would not hide). For tests and
// benchmarks of responsiveness (design.md, "Threading").
class StallProbe : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(QObject* parent = nullptr);

    void start();
    void stop();
    // The longest stall since start(), in milliseconds, and how many ticks were seen.
    double longestStallMs() const { return longest_; }
    // The most CPU time the thread spent between two ticks, in milliseconds.
    double longestBusyMs() const { return busy_; }
    int ticks() const { return ticks_; }

private:
    void tick();

    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    double longest_ = 0;
    double busy_ = 0;
    double lastCpu_ = 0;
    int ticks_ = 0;
};

} // namespace sightline::editor

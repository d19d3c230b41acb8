#include "stallprobe.h"

#include <algorithm>
#include <ctime>

namespace sightline::editor {

namespace {
constexpr int kIntervalMs = 2;

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
} // namespace

StallProbe::StallProbe(QObject* parent) : QObject(parent) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start() {
    longest_ = 0;
    busy_ = 0;
    ticks_ = 0;
    lastCpu_ = threadCpuMs();
    clock_.start();
    last_ = clock_.nsecsElapsed();
    timer_.start();
}

void StallProbe::stop() {
    tick();
    timer_.stop();
}

void StallProbe::tick() {
    const qint64 now = clock_.nsecsElapsed();
    const double gap = static_cast<double>(now - last_) / 1e6 - kIntervalMs;
    longest_ = std::max(longest_, gap);
    const double cpu = threadCpuMs();
    busy_ = std::max(busy_, cpu - lastCpu_);
    lastCpu_ = cpu;
    last_ = now;
    ++ticks_;
}

} // namespace sightline::editor

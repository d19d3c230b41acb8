#include "sightline/storage/maplock.h"

#include "sightline/storage/localuser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sightline::storage {

namespace {

QString hostName() {
    return QSysInfo::machineHostName();
}

QByteArray content() {
    return QStringLiteral("Sightline map lock\nuser=%1\nhost=%2\npid=%3\nsince=%4\n")
        .arg(localUserName(), hostName())
        .arg(::getpid())
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .toUtf8();
}

std::optional<MapLock::Holder> parse(const QByteArray& bytes) {
    MapLock::Holder h;
    bool any = false;
    for (const QByteArray& line : bytes.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        any = true;
        if (key == "user")
            h.user = value;
        else if (key == "host")
            h.host = value;
        else if (key == "pid")
            h.pid = value.toLongLong();
        else if (key == "since")
            h.since = QDateTime::fromString(value, Qt::ISODate);
    }
    if (!any)
        return std::nullopt;
    return h;
}

QByteArray readAll(int fd) {
    QByteArray bytes;
    char buffer[1024];
    ::lseek(fd, 0, SEEK_SET);
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && bytes.size() < 64 * 1024)
        bytes.append(buffer, static_cast<int>(n));
    return bytes;
}

bool writeAll(int fd, const QByteArray& bytes) {
    if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0)
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0;
}

bool processRuns(qint64 pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// The lock at `path` is the one open as fd (not removed or replaced meanwhile).
bool sameFile(int fd, const QString& path) {
    struct stat a {
    }, b{};
    return ::fstat(fd, &a) == 0 && ::stat(QFile::encodeName(path).constData(), &b) == 0 &&
           a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

QString display(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

QString MapLock::Holder::describe() const {
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? local.toString(QStringLiteral("HH:mm"))
                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString who = user.isEmpty() ? QStringLiteral("someone") : user;
    QString text = QStringLiteral("open on %1 by %2")
                       .arg(host.isEmpty() ? QStringLiteral("another computer") : host, who);
    if (since.isValid())
        text += QStringLiteral(" since %1").arg(when);
    return text;
}

QString MapLock::lockPathFor(const QString& mapPath) {
    const QFileInfo info(mapPath);
    return QDir(info.absolutePath()).filePath(QStringLiteral(".~lock.%1#").arg(info.fileName()));
}

MapLock::Result MapLock::acquire(const QString& mapPath) {
    Result result;
    const QString path = lockPathFor(mapPath);
    const QByteArray name = QFile::encodeName(path);
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        const bool created = fd >= 0;
        if (!created) {
            if (errno != EEXIST) {
                result.error =
                    QStringLiteral("%1 cannot be locked for writing (%2): %3")
                        .arg(display(mapPath), display(path), QString::fromLocal8Bit(std::strerror(errno)));
                return result;
            }
            fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
            if (fd < 0 && errno == ENOENT)
                continue; // released meanwhile: try again
            if (fd < 0)
                fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                result.error =
                    QStringLiteral("%1 is locked (%2 cannot be read)").arg(display(mapPath), display(path));
                return result;
            }
        }
        // A live holder keeps its flock: failing to get it means someone has the map.
        const bool flocked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        const std::optional<Holder> holder = created ? std::nullopt : parse(readAll(fd));
        if (flocked && !sameFile(fd, path)) {
            ::close(fd); // removed or replaced while we looked: look again
            continue;
        }
        bool ours = flocked && created;
        if (flocked && !created) {
            // Nobody here holds it. Take it over unless it names a process that still runs here or
            // another host (whose processes cannot be checked).
            const bool otherHost = holder && !holder->host.isEmpty() && holder->host != hostName();
            const bool running =
                holder && holder->host == hostName() && processRuns(holder->pid) && holder->pid != ::getpid();
            ours = !otherHost && !running;
        }
        if (ours) {
            if (!writeAll(fd, content())) {
                ::close(fd);
                if (created)
                    ::unlink(name.constData());
                result.error = QStringLiteral("%1 cannot be locked for writing: %2 cannot be written")
                                   .arg(display(mapPath), display(path));
                return result;
            }
            result.lock.reset(new MapLock(path, fd));
            return result;
        }
        ::close(fd);
        result.holder = holder.value_or(Holder{});
        result.error = QStringLiteral("%1 is %2").arg(display(mapPath), result.holder->describe());
        return result;
    }
    result.error =
        QStringLiteral("%1 cannot be locked for writing: its lock file keeps changing").arg(display(mapPath));
    return result;
}

std::optional<MapLock::Holder> MapLock::holderOf(const QString& mapPath) {
    const QByteArray name = QFile::encodeName(lockPathFor(mapPath));
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const std::optional<Holder> holder = parse(readAll(fd));
    const bool free = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    ::close(fd);
    if (free && holder && holder->host == hostName() && !processRuns(holder->pid))
        return std::nullopt; // stale
    return holder ? holder : std::optional<Holder>(Holder{});
}

MapLock::~MapLock() {
    // Remove first, while still holding the flock, so that nobody takes over a file on its way out.
    if (sameFile(fd_, path_))
        ::unlink(QFile::encodeName(path_).constData());
    ::close(fd_);
}

} // namespace sightline::storage

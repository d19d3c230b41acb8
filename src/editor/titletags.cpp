#include "titletags.h"

#include <QStringList>

namespace sightline::editor {

namespace {

bool endsWord(const QString& text, qsizetype at) {
    return at >= text.size() || !text[at].isLetterOrNumber();
}

// The longest of `names` that `text` starts with at `at`, ending at a word's end.
qsizetype matchName(const QString& text, qsizetype at, const QStringList& names, int& which) {
    qsizetype best = 0;
    for (int i = 0; i < names.size(); ++i) {
        const QString& n = names[i];
        if (n.isEmpty() || n.size() <= best)
            continue;
        if (text.mid(at, n.size()).compare(n, Qt::CaseInsensitive) == 0 && endsWord(text, at + n.size())) {
            best = n.size();
            which = i;
        }
    }
    return best;
}

qsizetype wordLength(const QString& text, qsizetype at) {
    qsizetype n = 0;
    while (at + n < text.size() && (text[at + n].isLetterOrNumber() || text[at + n] == QLatin1Char('-') ||
                                    text[at + n] == QLatin1Char('_') || text[at + n] == QLatin1Char('.')))
        ++n;
    while (n > 0 && text[at + n - 1] == QLatin1Char('.')) // a full stop ends the sentence
        --n;
    return n;
}

} // namespace

TitleTags parseTitleTags(const QString& typed, const core::Map& map) {
    QStringList teamNames, personNames, firstNames;
    for (const core::Team& t : map.teams())
        teamNames << QString::fromStdString(t.name);
    for (const core::Person& p : map.people()) {
        personNames << QString::fromStdString(p.name);
        firstNames << QString::fromStdString(p.name).section(QLatin1Char(' '), 0, 0);
    }
    TitleTags out;
    QString rest;
    qsizetype i = 0;
    while (i < typed.size()) {
        const QChar c = typed[i];
        const bool starts = (c == QLatin1Char('@') || c == QLatin1Char('#')) &&
                            (i == 0 || typed[i - 1].isSpace()) && i + 1 < typed.size() &&
                            typed[i + 1].isLetter();
        if (!starts) {
            rest += c;
            ++i;
            continue;
        }
        const qsizetype at = i + 1;
        int which = -1;
        if (c == QLatin1Char('@')) {
            if (const qsizetype n = matchName(typed, at, teamNames, which)) {
                out.team = map.teams()[static_cast<std::size_t>(which)].id;
                out.newTeam.clear();
                i = at + n;
                continue;
            }
            const qsizetype n = wordLength(typed, at);
            out.newTeam = typed.mid(at, n);
            out.team.reset();
            i = at + n;
            continue;
        }
        if (const qsizetype n = matchName(typed, at, personNames, which)) {
            out.owner = map.people()[static_cast<std::size_t>(which)].id;
            out.newOwner.clear();
            i = at + n;
            continue;
        }
        const qsizetype n = wordLength(typed, at);
        const QString word = typed.mid(at, n);
        int matches = 0;
        for (int k = 0; k < firstNames.size(); ++k)
            if (firstNames[k].compare(word, Qt::CaseInsensitive) == 0) {
                ++matches;
                which = k;
            }
        if (matches == 1) {
            out.owner = map.people()[static_cast<std::size_t>(which)].id;
            out.newOwner.clear();
        } else {
            out.newOwner = word;
            out.owner.reset();
        }
        i = at + n;
    }
    out.title = rest.simplified();
    return out;
}

} // namespace sightline::editor

// SPDX-License-Identifier: GPL-3.0-or-later
// The Georgian catalogue speaks with one voice: every message whose English uses a glossary term
// (translations/GLOSSARY.md) uses that term's Georgian word, so "probe" is not ზონდი in one place and
// შემოწმება in the next. Justified exceptions are listed in translations/glossary-exceptions.txt.
#include "tscatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

using tscatalogue::Message;

// Finished translations only: an unfinished one is tst_translations' to report.
QList<Message> finishedMessages(const QString &path)
{
    QList<Message> messages = tscatalogue::readCatalogue(path);
    messages.removeIf([](const Message &m) { return m.unfinished; });
    return messages;
}

struct Term
{
    QString english; // the word or phrase as matched, without the qualifier in parentheses
    QStringList stems;
    QStringList avoid;
    QRegularExpression pattern;
};

QStringList cellList(const QString &cell)
{
    QStringList out;
    for (const QString &part : cell.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

// Reads the glossary's table (| English | Georgian | Stems | Avoid | Note |). Terms that share their
// English word share their stems: "line (log, text)" and "line (chart)" both match "line".
QList<Term> readGlossary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<Term> terms;
    bool inTable = false;
    static const QRegularExpression qualifier(QStringLiteral("\\s*\\(.*\\)"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            inTable = false;
            continue;
        }
        const QStringList cells =
            line.mid(1).chopped(line.endsWith(QLatin1Char('|')) ? 1 : 0).split(QLatin1Char('|'));
        if (cells.size() < 5 || cells.first().trimmed() == QLatin1String("English")) {
            inTable = cells.size() >= 5; // the header of the matched table
            continue;
        }
        if (!inTable || cells.first().trimmed().startsWith(QLatin1String("---")))
            continue;
        // "applies, applied" names two English words with the same Georgian.
        for (const QString &english : cellList(cells.at(0).trimmed().remove(qualifier).toLower())) {
            auto it =
                std::find_if(terms.begin(), terms.end(), [&](const Term &t) { return t.english == english; });
            if (it == terms.end()) {
                QString words = QRegularExpression::escape(english);
                words.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
                // Whole word, simple plural (probes, probe(s)); a word joined to -, _, ., / or ( is code
                // (--stack, backup.sh, min(a, b)).
                const QRegularExpression pattern(
                    QStringLiteral(
                        "(?<![A-Za-z0-9_./-])%1(s|es|\\(s\\)|\\(es\\))?(?![A-Za-z0-9_/(-]|\\.[a-z])")
                        .arg(words),
                    QRegularExpression::CaseInsensitiveOption);
                terms.append(Term{english, {}, {}, pattern});
                it = terms.end() - 1;
            }
            it->stems += cellList(cells.at(2));
            it->avoid += cellList(cells.at(3));
        }
    }
    return terms;
}

// context<TAB>source<TAB>reason, source with newlines written as \n.
QSet<QString> readExceptions(const QString &path)
{
    QSet<QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 3 || parts.at(2).trimmed().isEmpty())
            qFatal("glossary exception without a reason: %s", qPrintable(line));
        keys.insert(parts.at(0) + QLatin1Char('\t') + parts.at(1));
    }
    return keys;
}

QString key(const Message &m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return m.context + QLatin1Char('\t') + source;
}

// The messages that break the glossary. In the source, accelerators are dropped (&Apply is "Apply") and
// code is left out: text in backquotes and a supadesk-cli command line. Longer terms are matched first and
// hide what they matched, so "log in" is not also "log" and "host key" not also "key".
QStringList violations(const QList<Message> &messages, QList<Term> terms, const QSet<QString> &exceptions,
                       QSet<QString> *usedExceptions = nullptr)
{
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term &a, const Term &b) { return a.english.size() > b.english.size(); });
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    static const QRegularExpression code(QStringLiteral("`[^`]*`|supadesk-cli[^\\n]*"));
    QStringList found;
    for (const Message &m : messages) {
        QString source = m.source;
        source.remove(accelerator).remove(code);
        QStringList translations = m.translations;
        for (QString &t : translations)
            t.remove(accelerator);
        QStringList problems;
        for (const Term &term : std::as_const(terms)) {
            if (!term.pattern.match(source).hasMatch())
                continue;
            source.replace(term.pattern, QStringLiteral(" "));
            for (const QString &t : std::as_const(translations)) {
                const bool hasStem = std::any_of(term.stems.cbegin(), term.stems.cend(),
                                                 [&](const QString &s) { return t.contains(s); });
                const auto avoided = std::find_if(term.avoid.cbegin(), term.avoid.cend(),
                                                  [&](const QString &s) { return t.contains(s); });
                if (!hasStem || avoided != term.avoid.cend()) {
                    problems.append(hasStem ? QStringLiteral("%1 → not %2").arg(term.english, *avoided)
                                            : QStringLiteral("%1 → %2").arg(
                                                  term.english, term.stems.join(QLatin1String(" / "))));
                    break;
                }
            }
        }
        if (problems.isEmpty())
            continue;
        if (exceptions.contains(key(m))) {
            if (usedExceptions)
                usedExceptions->insert(key(m));
            continue;
        }
        found.append(
            QStringLiteral("%1 [%2]: %3 → %4")
                .arg(m.context, problems.join(QLatin1String("; ")), m.source, m.translations.value(0)));
    }
    return found;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

    const QList<Message> m_messages =
        finishedMessages(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/supadesk_ka.ts"));
    const QList<Term> m_terms = readGlossary(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/GLOSSARY.md"));
    const QSet<QString> m_exceptions =
        readExceptions(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/glossary-exceptions.txt"));

private slots:
    void glossaryIsRead()
    {
        QVERIFY2(m_terms.size() >= 40, qPrintable(QString::number(m_terms.size())));
        for (const Term &t : m_terms)
            QVERIFY2(!t.stems.isEmpty(), qPrintable(t.english));
        QVERIFY(m_messages.size() > 1000);
    }

    void matcherFindsWholeWordsOnly()
    {
        const QList<Term> terms = {
            Term{QStringLiteral("probe"), {QStringLiteral("ზონდ")}, {}, m_terms.first().pattern}};
        const auto check = [&](const QString &source, const QString &translation) {
            return violations({Message{QStringLiteral("C"), source, {translation}}}, terms, {}).size();
        };
        QCOMPARE(check(QStringLiteral("No probe results"), QStringLiteral("შემოწმების შედეგები არ არის")), 1);
        QCOMPARE(
            check(QStringLiteral("Seconds between Probes."), QStringLiteral("წამები შემოწმებებს შორის.")), 1);
        QCOMPARE(check(QStringLiteral("No probe results"), QStringLiteral("ზონდის შედეგები არ არის")), 0);
        QCOMPARE(check(QStringLiteral("Run install-probe"), QStringLiteral("გაუშვით install-probe")), 0);
        QCOMPARE(check(QStringLiteral("The probing ended"), QStringLiteral("შემოწმება დასრულდა")), 0);
        // With the real glossary: a word to avoid, accelerators, "log in" hiding "log", code in backquotes.
        const auto glossary = [&](const QString &source, const QString &translation) {
            return violations({Message{QStringLiteral("C"), source, {translation}}}, m_terms, {}).size();
        };
        QCOMPARE(glossary(QStringLiteral("Secrets"), QStringLiteral("საიდუმლოებები")), 1);
        QCOMPARE(glossary(QStringLiteral("Secrets"), QStringLiteral("საიდუმლოები")), 0);
        QCOMPARE(glossary(QStringLiteral("Pass&word:"), QStringLiteral("პა&როლი:")), 0);
        QCOMPARE(glossary(QStringLiteral("Log in as root."), QStringLiteral("შედით root-ით.")), 0);
        QCOMPARE(glossary(QStringLiteral("Run `systemctl restart docker`."),
                          QStringLiteral("გაუშვით `systemctl restart docker`.")),
                 0);
        QCOMPARE(glossary(QStringLiteral("%1 ms"), QStringLiteral("%1 მწ")), 1);
    }

    void everyTermUsesItsGeorgianWord()
    {
        QSet<QString> used;
        const QStringList found = violations(m_messages, m_terms, m_exceptions, &used);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) do not follow translations/GLOSSARY.md:\n%2")
                                .arg(found.size())
                                .arg(found.join(QLatin1Char('\n')))));
        // An exception that no longer matches anything is stale: the message changed or was fixed.
        QStringList stale;
        for (const QString &e : m_exceptions)
            if (!used.contains(e))
                stale.append(e);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("stale glossary exceptions:\n") + stale.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"

#pragma once

#include <QList>
#include <QString>

namespace sw::rules {

// One clause of the regulation of letter 2016/STTTT-IOC, numbered as in spec/regulation.md
// ("§1.3" = part 1, paragraph 3), for quoting in the findings' detail and in minutes.
struct RegulationClause
{
    QString number; // "§1.3"
    QString vietnamese; // the original letter's words (seed/quy-dinh-2016-STTTT-IOC.txt), verbatim
    QString english; // regulation.md's English rendering

    // The text in the interface language: Vietnamese unless `language` is "en".
    QString text(const QString &language) const
    {
        return language == QLatin1String("en") ? english : vietnamese;
    }
};

// The parts' headings, by part number ("§1" …), in both languages.
struct RegulationPart
{
    QString number; // "§1"
    QString vietnamese;
    QString english;
};

// A provider the letter is addressed to: a provider of the programme, by its code on Hue-S and the
// name the letter gives it (spec/regulation.md).
struct RegulationAddressee
{
    QString code; // "VIETTEL-CA"
    QString name; // "Viettel Thừa Thiên Huế"
};
// The six addressees, in the letter's order.
const QList<RegulationAddressee> &regulationAddressees();

// The letter's reference, as minutes cite it.
QString regulationReference(const QString &language); // "công văn số 2016/STTTT-IOC ngày 28/7/2023" …

const QList<RegulationPart> &regulationParts();
// Every clause, in the regulation's order.
const QList<RegulationClause> &regulationClauses();
// The clause numbered `number` ("§1.3"), or nullptr.
const RegulationClause *findClause(const QString &number);
// The part a clause belongs to ("§1.3" -> part "§1"), or nullptr.
const RegulationPart *partOf(const QString &clauseNumber);

} // namespace sw::rules

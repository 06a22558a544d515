#include "RequireTool.h"

#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace sw::test {

bool requireTool(std::initializer_list<const char *> programs, const char *package,
                 std::source_location where)
{
    QStringList missing;
    for (const char *program : programs)
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
            missing << QString::fromLatin1(program);
    if (missing.isEmpty())
        return true;
    const QByteArray what = missing.join(QStringLiteral(", ")).toUtf8() + " (" + package + ") not installed";
    if (qEnvironmentVariable("SIGNWATCH_REQUIRE_TOOLS") == QLatin1String("1"))
        QTest::qFail(QByteArray("SIGNWATCH_REQUIRE_TOOLS=1 but " + what).constData(), where.file_name(),
                     int(where.line()));
    else
        QTest::qSkip(what.constData(), where.file_name(), int(where.line()));
    return false;
}

} // namespace sw::test

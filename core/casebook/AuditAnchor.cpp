#include "casebook/AuditAnchor.h"

#include "connection/SecretStore.h"
#include "privacy/PrivateFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimeZone>

#include <atomic>
#include <mutex>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcAnchor, "signwatch.casebook.anchor")

namespace sw::casebook {

namespace {
const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");

std::mutex noticeMutex;
std::function<void(const QString &)> noticeHandler;
std::atomic<bool> noticeGiven {false};

void noticeOnce(const QString &text)
{
    if (noticeGiven.exchange(true))
        return;
    std::function<void(const QString &)> handler;
    {
        const std::lock_guard<std::mutex> lock(noticeMutex);
        handler = noticeHandler;
    }
    if (handler)
        handler(text);
    else
        qCWarning(lcAnchor).noquote() << text;
}

QString anchorsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/audit-anchors");
}

QString fileStem(const QString &casebookPath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(casebookPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QByteArray serialise(const QString &casebookPath, const AuditHead &head, const QDateTime &at)
{
    return QJsonDocument(QJsonObject {{QLatin1String("casebook"), casebookPath},
                                      {QLatin1String("entries"), head.entries},
                                      {QLatin1String("hash"), head.hash},
                                      {QLatin1String("at"), at.toUTC().toString(timeFormat)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<StoredAnchor> parse(const QByteArray &text, const QString &place)
{
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    StoredAnchor anchor;
    anchor.place = place;
    anchor.head.entries = o.value(QLatin1String("entries")).toInteger();
    anchor.head.hash = o.value(QLatin1String("hash")).toString();
    anchor.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), timeFormat);
    anchor.at.setTimeZone(QTimeZone::utc());
    if (anchor.head.entries <= 0 || anchor.head.hash.size() != 64)
        return std::nullopt;
    return anchor;
}

QString keychainPlace()
{
    return QCoreApplication::translate("Casebook", "the system keychain");
}

std::optional<StoredAnchor> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll(), path);
}
} // namespace

AuditAnchor::AuditAnchor(QString casebookPath, Clock clock)
    : m_casebookPath(std::move(casebookPath)), m_clock(std::move(clock))
{ }

QString AuditAnchor::keychainKey(const QString &casebookPath)
{
    return QStringLiteral("audit-anchor:") + casebookPath;
}

QString AuditAnchor::filePath(const QString &casebookPath)
{
    return anchorsFolder() + QLatin1Char('/') + fileStem(casebookPath) + QStringLiteral(".json");
}

void AuditAnchor::setNoticeHandler(std::function<void(const QString &)> handler)
{
    const std::lock_guard<std::mutex> lock(noticeMutex);
    noticeHandler = std::move(handler);
}

void AuditAnchor::raise(const AuditHead &head)
{
    if (head.entries <= m_raised)
        return;
    // The keychain is waited for in a local event loop: a write made meanwhile (a draft's autosave
    // in the console) comes back here. It leaves its head for the raise under way to take on.
    if (m_raising) {
        if (head.entries > m_pending.entries)
            m_pending = head;
        return;
    }
    m_raising = true;
    for (AuditHead next = head; next.entries > m_raised; next = std::exchange(m_pending, AuditHead {}))
        raiseOnce(next);
    m_raising = false;
}

void AuditAnchor::raiseOnce(const AuditHead &head)
{
    QElapsedTimer timer;
    timer.start();
    // Two consoles of this user raising the same anchor at once must not lower it: read, compare
    // and write one at a time. A lock that cannot be had (no configuration folder) does not stop
    // the anchor: a lowered anchor is still a true prefix of the log.
    (void)privacy::ensurePrivateFolder(anchorsFolder(), true);
    QLockFile lock(anchorsFolder() + QLatin1Char('/') + fileStem(m_casebookPath) + QStringLiteral(".lock"));
    (void)lock.tryLock(2000);
    const bool inKeychain = !m_keychainFailed && raiseInKeychain(head);
    if (!inKeychain)
        raiseInFile(head);
    qCDebug(lcAnchor) << "anchor at" << head.entries << "entries," << (inKeychain ? "keychain" : "file")
                      << timer.elapsed() << "ms";
}

bool AuditAnchor::raiseInKeychain(const AuditHead &head)
{
    connection::SecretStore keychain;
    const QString key = keychainKey(m_casebookPath);
    auto kept = keychain.read(key);
    if (kept) {
        if (const auto anchor = parse(kept->toUtf8(), keychainPlace());
            anchor && anchor->head.entries >= head.entries) {
            m_raised = head.entries;
            return true;
        }
    }
    if (kept || kept.error().kind == Error::Kind::NotFound) {
        auto written = keychain.write(key, QString::fromUtf8(serialise(m_casebookPath, head, m_clock.now())));
        if (written) {
            m_raised = head.entries;
            return true;
        }
        kept = written.error();
    }
    m_keychainFailed = true;
    qCInfo(lcAnchor) << "keychain not usable for the audit anchor:" << kept.error().fullText();
    noticeOnce(QCoreApplication::translate("Casebook", "%1 The head of the audit log is kept in %2 instead.")
                   .arg(kept.error().message, QDir::toNativeSeparators(anchorsFolder())));
    return false;
}

void AuditAnchor::raiseInFile(const AuditHead &head)
{
    const QString path = filePath(m_casebookPath);
    if (const auto anchor = readFile(path); anchor && anchor->head.entries >= head.entries) {
        m_raised = head.entries;
        return;
    }
    if (auto written = privacy::savePrivateFile(path, serialise(m_casebookPath, head, m_clock.now()));
        !written) {
        // Never fails the write it follows: the casework is in the casebook; only its anchor is not.
        qCWarning(lcAnchor) << "could not keep the audit anchor in" << path << written.error().fullText();
        return;
    }
    m_raised = head.entries;
}

QList<StoredAnchor> AuditAnchor::stored() const
{
    QList<StoredAnchor> anchors;
    const connection::SecretStore keychain;
    if (auto kept = keychain.read(keychainKey(m_casebookPath)); kept) {
        if (auto anchor = parse(kept->toUtf8(), keychainPlace()))
            anchors.append(*anchor);
    }
    if (auto anchor = readFile(filePath(m_casebookPath)))
        anchors.append(*anchor);
    return anchors;
}

} // namespace sw::casebook

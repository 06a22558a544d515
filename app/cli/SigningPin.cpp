#include "SigningPin.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sw::cli {

namespace {
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Restores the terminal's echo however the reading ends.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        m_ok = tcgetattr(m_fd, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_ok = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_ok)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool ok() const { return m_ok; }

private:
    int m_fd;
    termios m_saved {};
    bool m_ok = false;
};
} // namespace

Result<QByteArray> signingPin(const QString &what)
{
    const QByteArray fromEnvironment = qgetenv("SIGNWATCH_SIGNING_PIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!isatty(STDIN_FILENO))
        return Error::make(
            Cli::tr("The PIN of %1 is needed: set SIGNWATCH_SIGNING_PIN, or run the command on "
                    "a terminal to be asked for it.")
                .arg(what),
            {}, Error::Kind::InvalidInput);
    EchoOff quiet(STDIN_FILENO);
    if (!quiet.ok())
        return Error::make(Cli::tr("The terminal's echo cannot be turned off to read the PIN; set "
                                   "SIGNWATCH_SIGNING_PIN instead."),
                           {}, Error::Kind::Unavailable);
    std::fputs(qPrintable(Cli::tr("PIN or passphrase of %1: ").arg(what)), stderr);
    std::fflush(stderr);
    QByteArray pin;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        pin.append(char(c));
    if (pin.isEmpty())
        return Error::make(Cli::tr("No PIN given: nothing signed."), {}, Error::Kind::Cancelled);
    return pin;
}

} // namespace sw::cli

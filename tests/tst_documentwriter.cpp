// The one writer of the Department's documents (OfficialDocumentWriter): what minutes,
// announcements and reports share, checked in both of its paginations (its own, which minutes and
// announcements use, and Qt's, which the report uses): the header, a long table's column names at
// the top of every page it runs onto with no row lost or repeated, page numbers from page 2 in the
// top margin, and charts kept whole on one page, the same in the preview as in the PDF.
#include "RequireTool.h"
#include "documents/DocumentParts.h"
#include "documents/DocumentStyle.h"
#include "documents/OfficialDocumentWriter.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::documents;

namespace {

const QString columnNames = QStringLiteral("TT Nội dung dòng Giá trị");

DocumentStyle style(bool ownPagination)
{
    DocumentStyle style;
    style.fixPageBreaks = ownPagination;
    return style;
}

QString filler(int index)
{
    return QStringLiteral(
               "Đoạn %1: nội dung báo cáo được trình bày đầy đủ, rõ ràng, đúng thể thức văn bản hành "
               "chính theo quy định hiện hành của Nhà nước về công tác văn thư.")
        .arg(index);
}

// A chart's stand-in: its whole target in one colour, which nothing else on a page has.
const QColor chartColour(20, 60, 200);

bool isChartColour(QRgb pixel)
{
    return qBlue(pixel) > 150 && qRed(pixel) < 110 && qGreen(pixel) < 140;
}

// The rows of `image` that hold the chart's colour: first and last, or {-1, -1}.
std::pair<int, int> chartRows(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int count = 0;
        for (int x = 0; x < image.width(); ++x)
            count += isChartColour(line[x]) ? 1 : 0;
        if (count > 4) {
            if (first < 0)
                first = y;
            last = y;
        }
    }
    return {first, last};
}

} // namespace

class TestDocumentWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // pdftotext and pdftoppm, for checks that add to a test without them (a skip goes through
    // requireTool).
    bool toolsMissing()
    {
        return QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
    }

    QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning() << program << arguments << process.readAllStandardError();
            return QByteArray("<tool failed>");
        }
        return process.readAllStandardOutput();
    }

    QString pageText(const QString &pdf, int page, const QStringList &area = {})
    {
        return QString::fromUtf8(
                   run(QStringLiteral("pdftotext"),
                       QStringList {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                    QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                    QString::number(page)}
                           + area + QStringList {pdf, QStringLiteral("-")}))
            .simplified();
    }

    // The text inside the top margin (20 mm ≈ 56 pt at pdftotext's 72 dpi).
    QString topMarginText(const QString &pdf, int page)
    {
        return pageText(pdf, page,
                        {QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("0"),
                         QStringLiteral("-W"), QStringLiteral("595"), QStringLiteral("-H"),
                         QStringLiteral("54")});
    }

    QString save(const PdfDocument &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.bytes) != pdf.bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void longTableRepeatsItsColumnNames_data()
    {
        QTest::addColumn<bool>("ownPagination");
        QTest::newRow("own pagination (minutes, announcements)") << true;
        QTest::newRow("Qt's pagination (reports)") << false;
    }

    void longTableRepeatsItsColumnNames()
    {
        if (!sw::test::requireTool({"pdftotext", "pdftoppm"}, "poppler-utils"))
            return;
        QFETCH(bool, ownPagination);
        auto writer = OfficialDocumentWriter::create(style(ownPagination));
        QVERIFY(writer);
        OfficialDocumentWriter &w = **writer;
        w.header(Issuer {}, QStringLiteral("Số: 07/BC-STTTT"),
                 QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 01 năm 2024"));
        w.title(QStringLiteral("BÁO CÁO"), QStringLiteral("Kết quả thử bảng dài"));
        w.sectionHeading(QStringLiteral("I. BẢNG DÀI"));
        w.paragraph(filler(1));
        constexpr int rowCount = 120;
        QList<QStringList> rows;
        for (int i = 1; i <= rowCount; ++i)
            rows << QStringList {QString::number(i), QStringLiteral("Dòng thứ %1 của bảng").arg(i),
                                 QString::number(1000 + i)};
        w.table(
            {.columns = {QStringLiteral("TT"), QStringLiteral("Nội dung dòng"), QStringLiteral("Giá trị")},
             .rows = rows,
             .widths = {12, 58, 30},
             .centred = {0},
             .right = {2}});
        w.paragraph(QStringLiteral("Hết bảng."));
        const Signatory signer {{},
                                QStringLiteral("KT. GIÁM ĐỐC"),
                                QStringLiteral("PHÓ GIÁM ĐỐC"),
                                QStringLiteral("Trần Văn Bình")};
        w.recipients({QStringLiteral("UBND tỉnh (b/c)"), QStringLiteral("Lưu: VT, IOC")}, &signer);
        const auto pdf = w.finish(QStringLiteral("Bảng dài"));
        QVERIFY(pdf);
        QVERIFY2(pdf->pageCount >= 3, qPrintable(QString::number(pdf->pageCount)));
        const QString path = save(*pdf, QStringLiteral("long-%1.pdf").arg(ownPagination));
        QVERIFY(!path.isEmpty());

        // The header on page 1 and no page number there; page numbers from page 2, in the top margin.
        const QString first = pageText(path, 1);
        QVERIFY2(first.startsWith(QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ SỞ THÔNG TIN VÀ TRUYỀN THÔNG")),
                 qPrintable(first.left(120)));
        for (const QString &line :
             {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 07/BC-STTTT"),
              QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 01 năm 2024"),
              QStringLiteral("BÁO CÁO Kết quả thử bảng dài")})
            QVERIFY2(first.contains(line), qPrintable(line));
        QCOMPARE(topMarginText(path, 1), QString());
        for (int page = 2; page <= pdf->pageCount; ++page)
            QCOMPARE(topMarginText(path, page), QString::number(page));

        // Each page the rows run onto after the first starts with the column names; every row is
        // printed exactly once, in order.
        QList<int> seen;
        const QRegularExpression row(QStringLiteral("Dòng thứ (\\d+) của bảng"));
        for (int page = 1; page <= pdf->pageCount; ++page) {
            const QString text = pageText(path, page);
            QRegularExpressionMatchIterator it = row.globalMatch(text);
            const bool hasRows = it.hasNext();
            while (it.hasNext())
                seen << it.next().captured(1).toInt();
            if (page > 1 && hasRows)
                QVERIFY2(text.startsWith(columnNames),
                         qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(60))));
        }
        QCOMPARE(seen.size(), rowCount);
        for (int i = 0; i < rowCount; ++i)
            QCOMPARE(seen.at(i), i + 1);
        const QString last = pageText(path, pdf->pageCount);
        QVERIFY(last.contains(QStringLiteral("Nơi nhận:")));
        QVERIFY(last.contains(QStringLiteral("- Lưu: VT, IOC.")));
        QVERIFY(last.contains(QStringLiteral("Trần Văn Bình")));
    }

    // The chart hook: a chart never breaks across pages (it moves to the next page whole), and the
    // preview's pages show it where the PDF's do, at its size.
    void chartStaysWholeOnOnePage_data()
    {
        QTest::addColumn<bool>("ownPagination");
        QTest::newRow("own pagination (minutes, announcements)") << true;
        QTest::newRow("Qt's pagination (reports)") << false;
    }

    void chartStaysWholeOnOnePage()
    {
        QFETCH(bool, ownPagination);
        const bool tools = !toolsMissing();
        constexpr int dpi = 40;
        // 40 % of the 165 mm of text, half as tall as wide: 33 mm, 52 pixels at 40 dpi.
        const qreal expectedHeight = 0.4 * 165 / 2 / 25.4 * dpi;
        QList<int> chartPages;
        for (int paragraphs = 12; paragraphs <= 20; ++paragraphs) {
            auto writer = OfficialDocumentWriter::create(style(ownPagination));
            QVERIFY(writer);
            OfficialDocumentWriter &w = **writer;
            w.header(Issuer {}, QStringLiteral("Số: 07/BC-STTTT"),
                     QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 01 năm 2024"));
            w.title(QStringLiteral("BÁO CÁO"), QStringLiteral("Kết quả thử biểu đồ"));
            for (int i = 1; i <= paragraphs; ++i)
                w.paragraph(filler(i));
            w.chart(QSizeF(2, 1), 0.4,
                    [](QPainter &painter, const QRectF &target) { painter.fillRect(target, chartColour); });
            w.paragraph(QStringLiteral("Hết."));
            const QList<QImage> images = w.pageImages(dpi);
            QVERIFY(!images.isEmpty());
            int page = -1;
            for (int i = 0; i < images.size(); ++i) {
                const auto [top, bottom] = chartRows(images[i]);
                if (top < 0)
                    continue;
                QVERIFY2(page < 0,
                         qPrintable(QStringLiteral("%1 paragraphs: the chart is on pages %2 and %3")
                                        .arg(paragraphs)
                                        .arg(page + 1)
                                        .arg(i + 1)));
                page = i;
                QVERIFY2(qAbs(bottom - top + 1 - expectedHeight) <= 2,
                         qPrintable(QStringLiteral("%1 paragraphs: %2 rows of chart on page %3")
                                        .arg(paragraphs)
                                        .arg(bottom - top + 1)
                                        .arg(i + 1)));
            }
            QVERIFY2(page >= 0, qPrintable(QStringLiteral("%1 paragraphs: no chart").arg(paragraphs)));
            chartPages << page;

            // The PDF's pages: the chart on the same page, at the same height.
            const auto pdf = w.finish(QStringLiteral("Biểu đồ"));
            QVERIFY(pdf);
            QCOMPARE(pdf->pageCount, int(images.size()));
            if (!tools)
                continue;
            const QString path
                = save(*pdf, QStringLiteral("chart-%1-%2.pdf").arg(ownPagination).arg(paragraphs));
            const QString prefix
                = m_dir.filePath(QStringLiteral("chart-%1-%2").arg(ownPagination).arg(paragraphs));
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
                 QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1),
                 QStringLiteral("-singlefile"), path, prefix});
            const QImage printed
                = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
            QVERIFY(!printed.isNull());
            const auto [top, bottom] = chartRows(printed);
            const auto [previewTop, previewBottom] = chartRows(images[page]);
            QVERIFY2(qAbs(top - previewTop) <= 1 && qAbs(bottom - previewBottom) <= 1,
                     qPrintable(QStringLiteral("%1 paragraphs: PDF rows %2–%3, preview %4–%5")
                                    .arg(paragraphs)
                                    .arg(top)
                                    .arg(bottom)
                                    .arg(previewTop)
                                    .arg(previewBottom)));
        }
        // Some of these fit the chart on page 1, the others move it whole to page 2.
        QStringList pages;
        for (int page : chartPages)
            pages << QString::number(page + 1);
        QVERIFY2(chartPages.contains(0) && chartPages.contains(1), qPrintable(pages.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"

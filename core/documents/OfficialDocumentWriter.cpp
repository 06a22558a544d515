#include "documents/OfficialDocumentWriter.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentWording.h"
#include "privacy/Masking.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QXmlStreamWriter>
#include <QtMath>

#include <algorithm>

namespace sw::documents {

Q_LOGGING_CATEGORY(lcDocumentPdf, "signwatch.documents.pdf", QtInfoMsg)

namespace {

using namespace pageMetrics;

// Sizes in points (spec/documents.md's header table); the table text's is the style's.
constexpr qreal parentBodyPt = 12; // 12–13, upright
constexpr qreal issuingBodyPt = 12; // 12–13, bold: 13 would not leave the Quốc hiệu room on one line
constexpr qreal nationalTitlePt = 12; // Quốc hiệu 12–13, bold
constexpr qreal mottoPt = 13; // Tiêu ngữ 13–14, bold
constexpr qreal numberPt = 13; // "Số: …", 13
constexpr qreal dateLinePt = 13; // 13–14, italic
constexpr qreal typeNamePt = 14; // "BIÊN BẢN", 13–14, bold
constexpr qreal bodyPt = 14; // body 13–14
constexpr qreal signaturePt = 13; // authority and title, bold capitals
constexpr qreal signerNamePt = 14;
constexpr qreal recipientsLabelPt = 12; // "Nơi nhận:" 12, bold italic
constexpr qreal recipientsPt = 11; // its list, 11
constexpr qreal pageNumberPt = 13; // 13–14, centred in the top margin, from page 2

constexpr qreal firstLineIndentMm = 12.7; // 1–1.27 cm
constexpr qreal paragraphSpacingPt = 6; // at least 6 pt

// A block property: draw a rule under the block's last line, this fraction of the line's width
// long, centred on it (issuing body: 1/3–1/2; Tiêu ngữ: the whole text; subject line: short).
constexpr int ruleProperty = QTextFormat::UserProperty + 1;

QTextBlockFormat centredBlock(qreal topPt = 0, qreal bottomPt = 0)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(topPt * cssPxPerPt);
    format.setBottomMargin(bottomPt * cssPxPerPt);
    return format;
}

QTextTableFormat plainTable(const QList<qreal> &widths)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);
    return format;
}

QTextBlockFormat headingBlock(qreal topPt)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(topPt * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setProperty(DocumentPagination::keepWithNextProperty, true);
    return format;
}

} // namespace

QString OfficialDocumentWriter::guard(const QString &text)
{
    static const QRegularExpression twelveDigits(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
    QString guarded = text;
    QRegularExpressionMatchIterator it = twelveDigits.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        guarded.replace(match.capturedStart(), match.capturedLength(),
                        privacy::maskCitizenId(match.captured()));
    }
    return guarded;
}

Result<std::unique_ptr<OfficialDocumentWriter>> OfficialDocumentWriter::create(const DocumentStyle &style)
{
    Result<QString> family = DocumentFonts::family();
    if (!family)
        return family.error();
    return std::unique_ptr<OfficialDocumentWriter>(new OfficialDocumentWriter(family.value(), style));
}

OfficialDocumentWriter::OfficialDocumentWriter(QString family, const DocumentStyle &style)
    : m_family(std::move(family)),
      m_style(style),
      m_pagination(
          m_document,
          [this](QTextCursor &cursor, const DocumentTable &table, qsizetype firstRow, qsizetype rows,
                 bool breakBefore) { return insertRows(cursor, table, firstRow, rows, breakBefore); })
{
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(resolution);
    // The page's own margins are zero: the document lays out its margins itself, so that page
    // numbers can be painted inside the top margin.
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setCreator(QStringLiteral("SignWatch"));

    // qt-notes.md: without the writer as paint device the layout uses screen metrics.
    m_document.documentLayout()->setPaintDevice(m_writer.get());
    m_document.setUseDesignMetrics(true);
    m_document.setDefaultFont(DocumentFonts::font(m_family, bodyPt));
    m_document.setPageSize(QSizeF(m_writer->width(), m_writer->height()));
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setTopMargin(marginTopMm * cssPxPerMm);
    root.setBottomMargin(marginBottomMm * cssPxPerMm);
    root.setLeftMargin(marginLeftMm * cssPxPerMm);
    root.setRightMargin(marginRightMm * cssPxPerMm);
    root.setPadding(0);
    root.setBorder(0);
    m_document.rootFrame()->setFrameFormat(root);
    m_document.setUndoRedoEnabled(false);
    m_document.documentLayout()->registerHandler(DocumentFigures::objectType, &m_figures);
    m_cursor = QTextCursor(&m_document);
    // One edit block for the whole construction: the layout runs once, at the end, instead of
    // after every insertion (minutes with a few hundred evidence rows took minutes otherwise).
    m_cursor.beginEditBlock();
}

OfficialDocumentWriter::~OfficialDocumentWriter() = default;

void OfficialDocumentWriter::startBlock(const QTextBlockFormat &format)
{
    if (m_cursor.block().length() <= 1 && !m_cursor.currentTable())
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
}

void OfficialDocumentWriter::insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                                        bool italic)
{
    QTextCharFormat format;
    format.setFont(DocumentFonts::font(m_family, pointSize, bold, italic),
                   QTextCharFormat::FontPropertiesAll);
    format.setForeground(Qt::black);
    // Codes stay whole on their line (DocumentWording: unbreakableCodes).
    cursor.insertText(unbreakableCodes(guard(text)), format);
}

void OfficialDocumentWriter::header(const Issuer &issuer, const QString &numberLine, const QString &dateLine)
{
    // The left column is as wide as its widest line (plus a little air); the right column takes the
    // rest, which leaves the Quốc hiệu on one line.
    auto width = [this](const QString &text, qreal pt, bool bold, bool italic = false) {
        return QFontMetricsF(DocumentFonts::font(m_family, pt, bold, italic), m_writer.get())
            .horizontalAdvance(text);
    };
    const qreal textWidth = m_writer->width() - (marginLeftMm + marginRightMm) * deviceUnitsPerMm;
    const qreal left = std::max({width(issuer.parentBody, parentBodyPt, false),
                                 width(issuer.body, issuingBodyPt, true), width(numberLine, numberPt, false)})
        + 2 * deviceUnitsPerMm;
    const qreal leftPercent = std::clamp(100.0 * left / textWidth, 35.0, 50.0);

    // The empty block a document starts with would push the header down by a line.
    QTextBlockFormat first;
    first.setLineHeight(0, QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(first);
    QTextTableFormat headerFormat = plainTable({leftPercent, 100.0 - leftPercent});
    // Qt gives the first block after a table no top margin: the table keeps the space below it.
    headerFormat.setBottomMargin(m_style.headerGapPt * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(2, 2, headerFormat);
    // Room for the rules under the issuing body and the Tiêu ngữ (a cell's last block margin is not
    // applied inside a table: the cell's padding is).
    for (int c = 0; c < 2; ++c) {
        QTextTableCellFormat upper = table->cellAt(0, c).format().toTableCellFormat();
        upper.setBottomPadding(8 * cssPxPerPt);
        table->cellAt(0, c).setFormat(upper);
    }

    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, issuer.parentBody, parentBodyPt);
    QTextBlockFormat body = centredBlock();
    body.setProperty(ruleProperty, 0.4); // 1/3–1/2 of the body's name
    cell.insertBlock(body);
    insertText(cell, issuer.body, issuingBodyPt, true);

    cell = table->cellAt(0, 1).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), nationalTitlePt, true);
    QTextBlockFormat motto = centredBlock();
    motto.setProperty(ruleProperty, 1.0); // as long as the Tiêu ngữ
    cell.insertBlock(motto);
    insertText(cell, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), mottoPt, true);

    cell = table->cellAt(1, 0).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, numberLine, numberPt);
    cell = table->cellAt(1, 1).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, dateLine, dateLinePt, false, true);

    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocumentWriter::title(const QString &typeName, const QString &subject)
{
    startBlock(centredBlock(m_style.titleTopPt));
    insertText(m_cursor, typeName, typeNamePt, true);
    QTextBlockFormat subjectFormat = centredBlock(0, 18);
    subjectFormat.setProperty(ruleProperty, 0.35);
    m_cursor.insertBlock(subjectFormat);
    insertText(m_cursor, subject, typeNamePt, true);
}

void OfficialDocumentWriter::sectionHeading(const QString &text)
{
    startBlock(headingBlock(m_style.headingTopPt));
    insertText(m_cursor, text, bodyPt, true);
}

void OfficialDocumentWriter::subHeading(const QString &text)
{
    startBlock(headingBlock(paragraphSpacingPt));
    insertText(m_cursor, text, bodyPt, true, true);
}

void OfficialDocumentWriter::paragraph(const QString &text, const QString &leadBold)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignJustify);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setLineHeight(m_style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    startBlock(format);
    if (!leadBold.isEmpty())
        insertText(m_cursor, leadBold, bodyPt, true);
    insertText(m_cursor, text, bodyPt);
}

QTextTable *OfficialDocumentWriter::insertRows(QTextCursor &cursor, const DocumentTable &table,
                                               qsizetype firstRow, qsizetype rows, bool breakBefore)
{
    QTextTableFormat format = plainTable(table.widths);
    format.setBorder(0.75 * cssPxPerPt);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellPadding(m_style.cellPaddingMm * cssPxPerMm);
    // Repeated by Qt on each page the table runs onto (with the style's own pagination, should a
    // single row outgrow a page).
    format.setHeaderRowCount(1);
    format.setTopMargin(2 * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    if (breakBefore)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

    QTextTable *grid = cursor.insertTable(int(rows) + 1, int(table.columns.size()), format);
    for (int c = 0; c < table.columns.size(); ++c) {
        QTextCursor cell = grid->cellAt(0, c).firstCursorPosition();
        cell.setBlockFormat(centredBlock());
        insertText(cell, table.columns[c], m_style.tablePt, true);
    }
    for (qsizetype r = 0; r < rows; ++r) {
        const QStringList &row = table.rows[firstRow + r];
        const bool bold = table.totalRow && firstRow + r + 1 == table.rows.size();
        for (int c = 0; c < table.columns.size() && c < row.size(); ++c) {
            QTextCursor cell = grid->cellAt(int(r) + 1, c).firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(table.centred.contains(c)     ? Qt::AlignHCenter
                                   : table.right.contains(c) ? Qt::AlignRight
                                                             : Qt::AlignLeft);
            cell.setBlockFormat(block);
            insertText(cell, row[c], m_style.tablePt, bold);
        }
    }
    return grid;
}

void OfficialDocumentWriter::table(const DocumentTable &table)
{
    auto content = std::make_shared<const DocumentTable>(table);
    QTextTable *inserted = insertRows(m_cursor, *content, 0, content->rows.size(), false);
    m_pagination.addTable(inserted, content);
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocumentWriter::chart(const QSizeF &proportions, qreal widthShare, ChartPainter paint)
{
    const qreal textWidth = m_writer->width() - (marginLeftMm + marginRightMm) * deviceUnitsPerMm;
    const qreal width = textWidth * widthShare;
    startBlock(centredBlock(4, 10));
    m_cursor.insertText(
        QString(QChar::ObjectReplacementCharacter),
        m_figures.add(QSizeF(width, width * proportions.height() / proportions.width()), std::move(paint)));
}

void OfficialDocumentWriter::keepWithNext()
{
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setProperty(DocumentPagination::keepWithNextProperty, true);
    m_cursor.setBlockFormat(format);
}

void OfficialDocumentWriter::breakBeforeLast()
{
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_cursor.setBlockFormat(format);
}

bool OfficialDocumentWriter::signatureTitles(QTextCursor &cursor, const Signatory &signatory)
{
    bool first = true;
    for (const QString &text : {signatory.heading, signatory.authority, signatory.title}) {
        if (text.isEmpty())
            continue;
        if (first)
            cursor.setBlockFormat(centredBlock());
        else
            cursor.insertBlock(centredBlock());
        first = false;
        insertText(cursor, text, signaturePt, true);
    }
    return !first;
}

void OfficialDocumentWriter::signatureCell(QTextCursor &cursor, const Signatory &signatory)
{
    const bool titled = signatureTitles(cursor, signatory);
    m_signerTitle = titled ? cursor.block() : QTextBlock();
    // The room for the signature (and the seal) is left even before the signer's name is known.
    QTextBlockFormat name = centredBlock();
    name.setTopMargin(m_style.signatureSpaceMm * cssPxPerMm);
    if (titled)
        cursor.insertBlock(name);
    else
        cursor.setBlockFormat(name);
    insertText(cursor, signatory.name, signerNamePt, true);
    m_signerName = cursor.block();
    m_signer = signatory;
}

void OfficialDocumentWriter::signatures(const QList<Signatory> &signatories, qsizetype signerColumn)
{
    if (signatories.isEmpty())
        return;
    QList<qreal> widths(signatories.size(), 100.0 / signatories.size());
    QTextTableFormat format = plainTable(widths);
    format.setTopMargin(12 * cssPxPerPt);
    // Titles in the first row, names in the second: the names line up however many title lines
    // each side has.
    QTextTable *table = m_cursor.insertTable(2, int(signatories.size()), format);
    m_pagination.keepTogether(table);
    for (int c = 0; c < signatories.size(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        const bool titled = signatureTitles(cell, signatories[c]);
        if (c == signerColumn)
            m_signerTitle = titled ? cell.block() : QTextBlock();
        QTextTableCellFormat nameCell = table->cellAt(1, c).format().toTableCellFormat();
        nameCell.setTopPadding(m_style.signatureSpaceMm * cssPxPerMm);
        table->cellAt(1, c).setFormat(nameCell);
        cell = table->cellAt(1, c).firstCursorPosition();
        cell.setBlockFormat(centredBlock());
        insertText(cell, signatories[c].name, signerNamePt, true);
        if (c == signerColumn) {
            m_signerName = cell.block();
            m_signer = signatories[c];
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocumentWriter::recipientsCell(QTextCursor &cursor, const QStringList &recipients)
{
    QTextBlockFormat label;
    label.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(label);
    insertText(cursor, QStringLiteral("Nơi nhận:"), recipientsLabelPt, true, true);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QString item = recipients[i].trimmed();
        while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
            item.chop(1);
        // Each line "- …;", the last "- Lưu: VT, …." (Decree 30, Appendix I).
        item = QStringLiteral("- ") + item
            + (i + 1 == recipients.size() ? QLatin1Char('.') : QLatin1Char(';'));
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignLeft);
        cursor.insertBlock(block);
        insertText(cursor, item, recipientsPt);
    }
}

void OfficialDocumentWriter::recipients(const QStringList &recipients, const Signatory *signatory)
{
    QTextTableFormat format = plainTable({45, 55});
    format.setTopMargin(12 * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(1, 2, format);
    m_pagination.keepTogether(table);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    if (!recipients.isEmpty())
        recipientsCell(left, recipients);
    if (signatory) {
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        signatureCell(right, *signatory);
    }
    m_cursor.movePosition(QTextCursor::End);
}

std::optional<SignatureSlot> OfficialDocumentWriter::signerSlot() const
{
    if (!m_signerName.isValid() || !m_signerName.layout() || m_signerName.layout()->lineCount() == 0)
        return std::nullopt;
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageHeight = m_document.pageSize().height();
    const QRectF nameRect = layout->blockBoundingRect(m_signerName);
    // The name's first line's top, in document coordinates (device units).
    const qreal nameTop = nameRect.top() + m_signerName.layout()->lineAt(0).y();
    // The room's top: under the last title line, or the room the style leaves above the name.
    qreal roomTop = nameTop - m_style.signatureSpaceMm * deviceUnitsPerMm;
    if (m_signerTitle.isValid() && m_signerTitle.layout() && m_signerTitle.layout()->lineCount() > 0) {
        const QTextLine last = m_signerTitle.layout()->lineAt(m_signerTitle.layout()->lineCount() - 1);
        roomTop = layout->blockBoundingRect(m_signerTitle).top() + last.y() + last.height();
    }
    const int page = int(nameTop / pageHeight);
    if (roomTop < page * pageHeight) // kept together with its titles: never, but never cross a page
        roomTop = page * pageHeight;
    // A small gap under the title and above the name, so that the image touches neither.
    const qreal gap = 1.5 * deviceUnitsPerMm;
    const qreal top = roomTop + gap;
    const qreal height = std::max(nameTop - gap - top, 0.0);
    // Centred in the signer's column, about as wide as a signature image with room for the seal.
    const qreal width = std::min(nameRect.width(), 2.4 * height);
    const qreal left = nameRect.left() + (nameRect.width() - width) / 2;
    // Device units on the page (origin top-left) → PDF points (origin bottom-left).
    const qreal toPt = 72.0 / resolution;
    const qreal pageHeightPt = pageHeight * toPt;
    auto toPdf = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF(x * toPt, pageHeightPt - (y - page * pageHeight + h) * toPt, w * toPt, h * toPt);
    };
    SignatureSlot slot;
    slot.page = page;
    slot.signature = toPdf(left, top, width, height);
    // Decree 30, Appendix I: the seal at its real size (a department's round seal is 35 mm across),
    // covering about one third of the signature image on its left, centred on the room as a seal
    // pressed on paper would be (it may run over the title and the name).
    const qreal sealSide = 35.0 * deviceUnitsPerMm;
    slot.seal = toPdf(left + width / 3 - sealSide, top + (height - sealSide) / 2, sealSide, sealSide);
    slot.signerName = guard(m_signer.name);
    slot.signerTitle = guard(m_signer.title);
    return slot;
}

QString OfficialDocumentWriter::xmpNamespace()
{
    return QStringLiteral("urn:signwatch:ns:audit:1.0:");
}

QByteArray OfficialDocumentWriter::xmpMetadata(const QString &title, const AuditStamp &audit,
                                               const DocumentFacts &facts)
{
    QByteArray xmp;
    QXmlStreamWriter w(&xmp);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(QStringLiteral("xpacket"),
                                 QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeStartElement(QStringLiteral("x:xmpmeta"));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeStartElement(QStringLiteral("rdf:RDF"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));
    w.writeStartElement(QStringLiteral("rdf:Description"));
    w.writeAttribute(QStringLiteral("rdf:about"), QString());
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    // SignWatch's own properties (XMP allows any namespace).
    w.writeNamespace(xmpNamespace(), QStringLiteral("signwatch"));
    w.writeTextElement(QStringLiteral("dc:format"), QStringLiteral("application/pdf"));
    w.writeStartElement(QStringLiteral("dc:title"));
    w.writeStartElement(QStringLiteral("rdf:Alt"));
    w.writeStartElement(QStringLiteral("rdf:li"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    w.writeCharacters(guard(title));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    if (!facts.number.isEmpty())
        w.writeTextElement(QStringLiteral("dc:identifier"), facts.number);
    if (!facts.issuingBody.isEmpty()) {
        w.writeStartElement(QStringLiteral("dc:publisher"));
        w.writeStartElement(QStringLiteral("rdf:Bag"));
        w.writeTextElement(QStringLiteral("rdf:li"), facts.issuingBody);
        w.writeEndElement();
        w.writeEndElement();
    }
    if (facts.date.isValid()) {
        w.writeStartElement(QStringLiteral("dc:date"));
        w.writeStartElement(QStringLiteral("rdf:Seq"));
        w.writeTextElement(QStringLiteral("rdf:li"), facts.date.toString(Qt::ISODate));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeTextElement(QStringLiteral("xmp:CreatorTool"), QStringLiteral("SignWatch"));
    w.writeTextElement(QStringLiteral("pdf:Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    if (audit.entries > 0) {
        w.writeTextElement(QStringLiteral("signwatch:AuditEntries"), QString::number(audit.entries));
        w.writeTextElement(QStringLiteral("signwatch:AuditHead"), audit.hash);
    }
    if (!facts.number.isEmpty())
        w.writeTextElement(QStringLiteral("signwatch:DocumentNumber"), facts.number);
    if (!facts.issuingBody.isEmpty())
        w.writeTextElement(QStringLiteral("signwatch:IssuingBody"), facts.issuingBody);
    if (facts.date.isValid())
        w.writeTextElement(QStringLiteral("signwatch:DocumentDate"), facts.date.toString(Qt::ISODate));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

void OfficialDocumentWriter::complete()
{
    if (m_complete)
        return;
    m_complete = true;
    QElapsedTimer timer;
    timer.start();
    m_cursor.endEditBlock();
    if (m_style.fixPageBreaks) {
        m_document.pageCount();
        qCDebug(lcDocumentPdf) << "layout" << timer.restart() << "ms";
        int fixes = 0;
        while (m_pagination.fixFirstBreak())
            ++fixes;
        qCDebug(lcDocumentPdf) << fixes << "page breaks moved in" << timer.restart() << "ms";
    }
    // The empty block after a closing table must not start a page of its own.
    QTextCursor end(&m_document);
    end.movePosition(QTextCursor::End);
    if (end.block().length() <= 1 && !end.currentTable()) {
        QTextBlockFormat none = end.blockFormat();
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        none.setTopMargin(0);
        none.setBottomMargin(0);
        end.setBlockFormat(none);
    }
}

QList<OfficialDocumentWriter::Rule> OfficialDocumentWriter::rules() const
{
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageHeight = m_document.pageSize().height();
    const qreal gap = m_style.ruleGapPt / 72.0 * resolution; // under the line's descent
    QList<Rule> rules;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        const QVariant fraction = block.blockFormat().property(ruleProperty);
        if (!fraction.isValid() || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF blockRect = layout->blockBoundingRect(block);
        qreal widest = 0;
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            widest = std::max(widest, block.layout()->lineAt(i).naturalTextWidth());
        const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
        const QRectF lastRect = last.naturalTextRect();
        const qreal length = widest * fraction.toDouble();
        const qreal centre = blockRect.left() + lastRect.center().x();
        const qreal y = blockRect.top() + lastRect.bottom() + gap;
        rules.append({QLineF(centre - length / 2, y, centre + length / 2, y), int(y / pageHeight)});
    }
    return rules;
}

void OfficialDocumentWriter::paintPage(QPainter &painter, int page, const QList<Rule> &rules) const
{
    const qreal pageWidth = m_document.pageSize().width();
    const qreal pageHeight = m_document.pageSize().height();
    const QRectF clip(0, page * pageHeight, pageWidth, pageHeight);
    painter.save();
    painter.translate(0, -page * pageHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.documentLayout()->draw(&painter, context);
    QPen rulePen(Qt::black);
    rulePen.setWidthF(0.6 / 72.0 * resolution);
    painter.setPen(rulePen);
    for (const Rule &rule : rules)
        if (rule.page == page)
            painter.drawLine(rule.line);
    painter.restore();
    // Page numbers from page 2, Arabic, centred in the top margin.
    if (page > 0) {
        painter.setFont(DocumentFonts::font(m_family, pageNumberPt));
        painter.setPen(Qt::black);
        const QRectF band(marginLeftMm * deviceUnitsPerMm, 0,
                          pageWidth - (marginLeftMm + marginRightMm) * deviceUnitsPerMm,
                          marginTopMm * deviceUnitsPerMm);
        painter.drawText(band, Qt::AlignCenter, QString::number(page + 1));
    }
}

Result<PdfDocument> OfficialDocumentWriter::finish(const QString &title, const AuditStamp &audit,
                                                   const DocumentFacts &facts)
{
    complete();
    m_writer->setTitle(guard(title));
    // Qt writes no XMP of its own (and none from setTitle): a document's carries its number, body
    // and date, and a signed document's the audit log's head (`pdfinfo -meta` prints it).
    if (audit.entries > 0 || !facts.isEmpty())
        m_writer->setDocumentXmpMetadata(xmpMetadata(title, audit, facts));
    const int pages = m_document.pageCount();
    const QList<Rule> ruleLines = rules();
    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return Error::make(QCoreApplication::translate("Documents", "The PDF cannot be written."));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_writer->newPage();
        paintPage(painter, page, ruleLines);
    }
    if (!painter.end())
        return Error::make(QCoreApplication::translate("Documents", "The PDF cannot be written."));
    m_buffer.close();
    qCDebug(lcDocumentPdf) << "rendered" << pages << "pages," << m_bytes.size() << "bytes";

    PdfDocument pdf;
    pdf.bytes = m_bytes;
    pdf.sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex();
    pdf.pageCount = pages;
    pdf.signerSlot = signerSlot();
    pdf.facts = facts;
    return pdf;
}

QList<QImage> OfficialDocumentWriter::pageImages(int dpi)
{
    complete();
    const QList<Rule> ruleLines = rules();
    const qreal scale = qreal(dpi) / resolution;
    const QSizeF page = m_document.pageSize();
    QList<QImage> images;
    for (int i = 0; i < m_document.pageCount(); ++i) {
        QImage image(QSize(qCeil(page.width() * scale), qCeil(page.height() * scale)), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintPage(painter, i, ruleLines);
        painter.end();
        images.append(image);
    }
    return images;
}

} // namespace sw::documents

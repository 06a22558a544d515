#include "rules/RegulationText.h"

#include <QString>

namespace sw::rules {

// The Vietnamese words are the original letter's (seed/quy-dinh-2016-STTTT-IOC.txt, NFC, line
// breaks joined), typing slips included: a quotation must not correct its source. The English
// is spec/regulation.md's.

QString regulationReference(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("the regulation attached to letter No. 2016/STTTT-IOC of 28/7/2023 of the "
                              "Department of Information and Communications");
    return QStringLiteral(
        "Quy định kèm theo công văn số 2016/STTTT-IOC ngày 28/7/2023 của Sở Thông tin và Truyền thông");
}

const QList<RegulationAddressee> &regulationAddressees()
{
    // The letter writes "MiSa" and "FPT -CA"; the codes are Hue-S's.
    static const QList<RegulationAddressee> addressees = {
        {QStringLiteral("VNPT-CA"), QStringLiteral("VNPT Thừa Thiên Huế")},
        {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế")},
        {QStringLiteral("MISA-CA"), QStringLiteral("Công ty Cổ phần MISA")},
        {QStringLiteral("BKAV-CA"), QStringLiteral("Công ty Cổ phần BKAV")},
        {QStringLiteral("FPT-CA"), QStringLiteral("Công ty TNHH Hệ thống thông tin FPT")},
        {QStringLiteral("CA2"), QStringLiteral("Công ty Cổ phần Công nghệ Thẻ Nacencomm")},
    };
    return addressees;
}

const QList<RegulationPart> &regulationParts()
{
    static const QList<RegulationPart> parts = {
        {QStringLiteral("§1"), QStringLiteral("Quy định chung"), QStringLiteral("General rules")},
        {QStringLiteral("§2"),
         QStringLiteral("Cấp phát theo hình thức công dân đăng ký trực tuyến từ App doanh nghiệp"),
         QStringLiteral("Online registration in a provider's app")},
        {QStringLiteral("§3"), QStringLiteral("Cấp phát theo hình thức đến tận hộ gia đình"),
         QStringLiteral("Door-to-door issuance")},
        {QStringLiteral("§4"), QStringLiteral("Cấp phát theo hình thức công dân đăng ký nhu cầu trên Hue-S"),
         QStringLiteral("Demand registered by the citizen on Hue-S")},
        {QStringLiteral("§5"), QStringLiteral("Vi phạm và hình thức xử lý"),
         QStringLiteral("Violations and sanctions")},
    };
    return parts;
}

const QList<RegulationClause> &regulationClauses()
{
    static const QList<RegulationClause> clauses = {
        {QStringLiteral("§1.1"),
         QStringLiteral("Các doanh nghiệp bình đẳng trong tiếp cận công dân để cấp chữ ký số."),
         QStringLiteral("Providers have equal access to citizens.")},
        {QStringLiteral("§1.2"),
         QStringLiteral(
             "Người dân có quyền chọn bất cứ doanh nghiệp nào mà người dân thấy phù hợp. Các doanh nghiệp "
             "chỉ được sử dụng chính sách của doanh nghiệp để thuyết phục người dân. Cấm tuyệt đối các hình "
             "thức khác nhằm tác động vào lựa chọn người dân, đặc biệt là thông tin sai chính sách của hợp "
             "tác trong chương trình của Sở Thông tin và Truyền thông."),
         QStringLiteral("Citizens choose any provider. Providers may persuade only with their own policies; "
                        "any other influence, especially misinformation about the Department's programme, is "
                        "absolutely prohibited.")},
        {QStringLiteral("§1.3"),
         QStringLiteral("Các doanh nghiệp trong giai đoạn tham gia chương trình tuân thủ điều kiện. Mỗi công "
                        "dân chỉ được cấp một chữ ký số và được lựa chọn một trong các doanh nghiệp tham gia "
                        "chương tình. Các doanh nghiệp khi cấp có trách nhiệm truy cập Hue-S để kiểm tra, "
                        "nếu công dân đã tồn tại trên dữ liệu cấp chữ ký số thì không được phép cấp thêm."),
         QStringLiteral("One digital signature per citizen, from one provider of their choice. When issuing, "
                        "a provider must look the citizen up on Hue-S; if the citizen already exists in the "
                        "issuance data, no further signature may be issued.")},
        {QStringLiteral("§1.4"),
         QStringLiteral("Dữ liệu trên Hue-S được xem là dữ liệu gốc để xác nhận công dân đã được cấp phát "
                        "chữ ký số. Các doanh nghiệp có trách nhiệm cập nhật tức thời sau khi cấp phát chữ "
                        "ký số. Việc cập nhật thông tin chậm sẽ được xem là chưa cấp phát và các doanh "
                        "nghiệp khác có quyền cấp phát chữ ký số. Trường hợp này, doanh nghiệp cấp phát hợp "
                        "lệ theo chương trình là doanh nghiệp đã có cập nhật dữ liệu trên Hue-S."),
         QStringLiteral(
             "Hue-S data is the original record of issuance. Providers must update it immediately after "
             "issuing. A late update counts as not issued, and other providers may then issue; the valid "
             "issuer under the programme is the provider whose record is on Hue-S.")},
        {QStringLiteral("§1.5"),
         QStringLiteral("Đảm bảo thực hiện đúng cam kết thời gian cung cấp miễn phí chứng thư số theo mô "
                        "hình ký số từ xa cho người dân sử dụng trong các dịch vụ hành chính công trong vòng "
                        "01 năm. Trong trường hợp người dân muốn thay đổi chứng thư số thì chính sách miễn "
                        "phí dịch vụ công 01 năm sẽ được khấu trừ vào thời gian của doanh nghiệp cung cấp "
                        "chữ ký số trước đó (không phải áp dụng 01 năm của các doanh nghiệp mới)."),
         QStringLiteral("The free remote-signing certificate for public services lasts one year. If a "
                        "citizen switches certificate, the free period is deducted from the time already "
                        "used with the previous provider (the new provider does not start a new year).")},
        {QStringLiteral("§1.6"),
         QStringLiteral("Cấm tuyệt đối các hình thức thu thập và nhập trước thông tin cấp chữ ký số."),
         QStringLiteral(
             "Collecting and pre-entering issuance information in advance is absolutely prohibited.")},
        {QStringLiteral("§1.7"),
         QStringLiteral("Bảo mật thông tin, không sử dụng thông tin người dân được cấp chữ ký số cho bất kỳ "
                        "mục đích nào khác ngoài chương trình này."),
         QStringLiteral("Citizens' information is confidential and may be used for no purpose other than "
                        "this programme.")},
        {QStringLiteral("§2.1"),
         QStringLiteral("Công dân khi đăng ký trực tuyến trên các App của các doanh nghiệp thành công, các "
                        "doanh nghiệp có trách nhiệm tạo lập với thời gian sớm nhất."),
         QStringLiteral("After a successful online registration the provider creates the signature as early "
                        "as possible.")},
        {QStringLiteral("§2.2"),
         QStringLiteral("Sau khi kích hoạt thành công thì cập nhật lên Hue-S ngay tức thời nhằm đảm bảo "
                        "không cấp trùng. Việc không cập nhật sẽ được xem như chưa cấp và các doanh nghiệp "
                        "khác có quyền tiếp cận công dân để cấp mới."),
         QStringLiteral("After activation the provider updates Hue-S at once, to prevent duplicates; not "
                        "updating counts as not issued, and other providers may approach the citizen.")},
        {QStringLiteral("§2.3"),
         QStringLiteral("Các dữ liệu của các doanh nghiệp đã cấp chữ ký số trong dân trước đây phải được "
                        "nhập lên Hue-S. Dữ liệu được nhập sẽ được xem như là điều kiện để các doanh nghiệp "
                        "khác không được cấp trùng."),
         QStringLiteral("Signatures issued before the programme must be imported into Hue-S; imported data "
                        "counts as existing, so no other provider may issue again.")},
        {QStringLiteral("§3.1"),
         QStringLiteral("Nhân viên đến tận hộ gia đình có trách nhiện trình mã QR và hướng dẫn người dân "
                        "kiểm tra trước khi cấp phát nhằm đảm bảo an toàn, phòng tránh người dân bị các đối "
                        "tượng lợi dụng chính sách lừa đảo."),
         QStringLiteral("Staff visiting a household show a QR code and guide the citizen to check it before "
                        "issuing (protection against fraudsters abusing the programme).")},
        {QStringLiteral("§3.2"),
         QStringLiteral("Trước khi cấp phát phải thực hiện chức năng tra cứu trên Hue-S để xác nhận công dân "
                        "đã được cấp chữ ký số bởi các doanh nghiệp khác chưa, trong trường hợp đã tồn tại "
                        "tuyệt đối không được dùng bất cứ phương pháp nào để cấp trùng."),
         QStringLiteral("Before issuing, staff look the citizen up on Hue-S; if a signature from another "
                        "provider exists, no method whatsoever may be used to issue again.")},
        {QStringLiteral("§3.3"),
         QStringLiteral("Trường hợp do lỗi kỹ thuật chưa kích hoạt được thì nhân viên nhập dữ liệu chọn "
                        "trạng thái cấp cho phù hợp. Trường hợp này cũng được xem xét đã cấp phát."),
         QStringLiteral("Where a technical error prevents activation, staff enter the data with the "
                        "appropriate status; such a record also counts as issued.")},
        {QStringLiteral("§4.1"),
         QStringLiteral("Sau khi công dân đăng ký nhu cầu trên Hue-S sẽ có một trong 2 trường hợp xuất hiện. "
                        "Công dân có nhu cầu được hỗ trợ trực tiếp tại nhà hoặc hỗ trợ khai thông tin trực "
                        "tuyến từ xa qua điện thoại."),
         QStringLiteral("A citizen registers a need on Hue-S: support at home, or remote support by phone.")},
        {QStringLiteral("§4.2"),
         QStringLiteral("Danh sách đăng ký nhu cầu của công dân sẽ hiển thị hình thức tại Hue-S theo doanh "
                        "nghiệp mà công dân lựa chọn. Doanh nghiệp có trách nhiệm hỗ trợ tạo lập chữ ký số "
                        "cho người dân theo danh sách đã đăng ký."),
         QStringLiteral("The registration list appears on Hue-S for the provider the citizen chose; that "
                        "provider must help the citizen create the signature.")},
        {QStringLiteral("§4.3"),
         QStringLiteral("Sau khi hỗ trợ hoàn thành, chữ ký số được xác lập nhân viên hỗ trợ có trách nhiệm "
                        "cập nhật ngay dữ liệu vào Hue-S."),
         QStringLiteral("When done and the signature exists, the staff member updates Hue-S at once.")},
        {QStringLiteral("§4.4"),
         QStringLiteral("Trong vòng 48 giờ, nếu doanh nghiệp không tiến hành hỗ trợ, mặc định đăng ký hết "
                        "hiệu lực và công dân sẽ lựa chọn doanh nghiệp khác để đăng ký nhu cầu. Nghiêm cấm "
                        "các hình thức xác nhận trước khi cấp phát thành công cho người dân."),
         QStringLiteral(
             "If the provider does not act within 48 hours, the registration expires and the citizen may "
             "choose another provider. Confirming before a successful issuance is strictly prohibited.")},
        {QStringLiteral("§5.1"),
         QStringLiteral(
             "Các vi phạm sẽ được phát hiện trong quá trình giám sát của Sở Thông tin và truyền thông."),
         QStringLiteral("Violations are detected by the Department's monitoring.")},
        {QStringLiteral("§5.2"),
         QStringLiteral("Các phản ánh người dân sẽ được Sở Thông tin và Truyền thông xác minh trên dữ liệu "
                        "và thực tiễn để xác định vi phạm."),
         QStringLiteral(
             "Citizens' complaints are verified by the Department against the data and in practice.")},
        {QStringLiteral("§5.3"),
         QStringLiteral("Trong trường hợp xác định vi phạm, Sở Thông tin và Truyền thông sẽ lập biên bản, "
                        "công khai công bố toàn dân và loại doanh nghiệp ra khỏi chương trình này."),
         QStringLiteral("When a violation is established, the Department draws up minutes (biên bản), "
                        "announces them publicly, and removes the provider from the programme.")},
    };
    return clauses;
}

const RegulationClause *findClause(const QString &number)
{
    for (const RegulationClause &clause : regulationClauses())
        if (clause.number == number)
            return &clause;
    return nullptr;
}

const RegulationPart *partOf(const QString &clauseNumber)
{
    const QString part = clauseNumber.section(QLatin1Char('.'), 0, 0);
    for (const RegulationPart &p : regulationParts())
        if (p.number == part)
            return &p;
    return nullptr;
}

} // namespace sw::rules

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AuditActions</name>
    <message>
        <source>Complaint received</source>
        <translation>Tiếp nhận khiếu nại</translation>
    </message>
    <message>
        <source>Complaint updated</source>
        <translation>Cập nhật khiếu nại</translation>
    </message>
    <message>
        <source>Complaint deleted</source>
        <translation>Xóa khiếu nại</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation>Đổi tên vụ việc</translation>
    </message>
    <message>
        <source>Findings added to the case</source>
        <translation>Bổ sung vi phạm vào vụ việc</translation>
    </message>
    <message>
        <source>Finding removed from the case</source>
        <translation>Gỡ vi phạm khỏi vụ việc</translation>
    </message>
    <message>
        <source>Complaint attached to the case</source>
        <translation>Gắn khiếu nại vào vụ việc</translation>
    </message>
    <message>
        <source>Complaint detached from the case</source>
        <translation>Gỡ khiếu nại khỏi vụ việc</translation>
    </message>
    <message>
        <source>Violation established</source>
        <translation>Xác định vi phạm</translation>
    </message>
    <message>
        <source>Case dismissed</source>
        <translation>Đình chỉ vụ việc</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Lập dự thảo biên bản</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>Announcement queued for the portal</source>
        <translation>Đưa thông báo vào hàng chờ công bố</translation>
    </message>
    <message>
        <source>Portal confirmed the publication</source>
        <translation>Cổng thông tin điện tử xác nhận đã công bố</translation>
    </message>
    <message>
        <source>Violation announced publicly</source>
        <translation>Công bố công khai vi phạm</translation>
    </message>
    <message>
        <source>Exclusion from the programme recorded</source>
        <translation>Ghi nhận loại khỏi chương trình</translation>
    </message>
    <message>
        <source>Document drafted</source>
        <translation>Lập dự thảo văn bản</translation>
    </message>
    <message>
        <source>Correction drafted</source>
        <translation>Lập dự thảo văn bản đính chính</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Ký văn bản</translation>
    </message>
    <message>
        <source>Signed document found altered</source>
        <translation>Phát hiện văn bản đã ký bị thay đổi</translation>
    </message>
    <message>
        <source>Full identity number shown</source>
        <translation>Xem đầy đủ số định danh</translation>
    </message>
    <message>
        <source>Issuing body added</source>
        <translation>Thêm cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issuing body&apos;s address changed</source>
        <translation>Sửa địa chỉ cơ quan ban hành</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook moved in</source>
        <translation>Chuyển sổ hồ sơ vụ việc của máy trạm vào</translation>
    </message>
    <message>
        <source>Casebook&apos;s state sealed in the log</source>
        <translation>Niêm phong trạng thái sổ hồ sơ vào nhật ký</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>The first day (%1) is after the last (%2).</source>
        <translation>Ngày đầu (%1) sau ngày cuối (%2).</translation>
    </message>
</context>
<context>
    <name>CasePrompts</name>
    <message>
        <source>Record exclusion from the programme</source>
        <translation>Ghi nhận việc loại khỏi chương trình</translation>
    </message>
    <message>
        <source>From this day the provider is removed from the programme (§5.3): later scans report its issuances as violations.</source>
        <translation>Kể từ ngày này, doanh nghiệp bị loại khỏi chương trình (§5.3): các lần quét sau sẽ báo các chứng thư doanh nghiệp cấp là vi phạm.</translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation>Bị loại từ ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Attach complaints to the case</source>
        <translation>Đưa khiếu nại vào vụ việc</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3 — %4</source>
        <translation>Số %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Complaints about the case&apos;s provider that belong to no case yet. Those found substantiated bring their findings into the minutes.</source>
        <translation>Các khiếu nại liên quan đến doanh nghiệp của vụ việc mà chưa thuộc vụ việc nào. Những khiếu nại được kết luận có cơ sở sẽ đưa các vi phạm liên quan vào biên bản.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Đã được người khác sửa</translation>
    </message>
    <message>
        <source>Their version is below: copy what you need into yours, then keep yours (it replaces theirs), or take theirs (yours goes to the clipboard).</source>
        <translation>Bản của người kia ở dưới: chép những gì bạn cần sang bản của mình rồi giữ bản của mình (thay thế bản của họ), hoặc lấy bản của họ (bản của bạn được chép vào bộ nhớ tạm).</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Lấy bản của họ</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Quyết định sau</translation>
    </message>
    <message>
        <source>Save your text over theirs: you have read it</source>
        <translation>Lưu nội dung của bạn thay cho bản của họ: bạn đã đọc bản đó</translation>
    </message>
    <message>
        <source>Load their version into the editor; your text is copied to the clipboard</source>
        <translation>Nạp bản của họ vào trình soạn thảo; nội dung của bạn được chép vào bộ nhớ tạm</translation>
    </message>
</context>
<context>
    <name>Casebook</name>
    <message>
        <source>An audit entry needs an action and a subject.</source>
        <translation>Mục nhật ký kiểm tra cần có thao tác và đối tượng.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s before and after must be JSON.</source>
        <translation>Giá trị trước và sau của mục nhật ký kiểm tra phải ở dạng JSON.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Không thể đọc nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>Không thể ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file refused a change.</source>
        <translation>Tệp dữ liệu riêng của SignWatch không chấp nhận thay đổi.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file has no readable version.</source>
        <translation>Tệp dữ liệu riêng của SignWatch không có thông tin phiên bản đọc được.</translation>
    </message>
    <message>
        <source>Could not open the console&apos;s own data file %1.</source>
        <translation>Không thể mở tệp dữ liệu riêng của SignWatch %1.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file %1 was written by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</source>
        <translation>Tệp dữ liệu riêng %1 được ghi bởi phiên bản SignWatch mới hơn (phiên bản dữ liệu %2, phiên bản này chỉ đọc được đến %3). Hãy cập nhật SignWatch để mở tệp.</translation>
    </message>
    <message>
        <source>Could not record the data version.</source>
        <translation>Không thể ghi nhận phiên bản dữ liệu.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>%1 The head of the audit log is kept in %2 instead.</source>
        <translation>%1 Mốc đối chiếu của nhật ký kiểm tra được lưu trong %2 thay thế.</translation>
    </message>
    <message>
        <source>Entry %1 was edited: it no longer matches its hash.</source>
        <translation>Mục %1 đã bị sửa: nội dung không còn khớp với mã băm của nó.</translation>
    </message>
    <message>
        <source>The entry before entry %1 was removed.</source>
        <translation>Mục đứng trước mục %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: entries were moved, inserted or renumbered.</source>
        <translation>Mục %1 không nối tiếp mục trước nó: các mục đã bị di chuyển, chèn thêm hoặc đánh số lại.</translation>
    </message>
    <message>
        <source>The anchor kept in %1 names %2 entries, but the log has none: every entry was removed.</source>
        <translation>Mốc đối chiếu lưu trong %1 ghi nhận %2 mục, nhưng nhật ký không còn mục nào: mọi mục đã bị xóa.</translation>
    </message>
    <message>
        <source>The anchor kept in %1 names %2 entries, but the log ends at entry %3: %4 removed.</source>
        <translation>Mốc đối chiếu lưu trong %1 ghi nhận %2 mục, nhưng nhật ký chỉ đến mục %3: %4 xóa.</translation>
    </message>
    <message>
        <source>entry %1 was</source>
        <translation>mục %1 đã bị</translation>
    </message>
    <message>
        <source>entries %1 to %2 were</source>
        <translation>các mục từ %1 đến %2 đã bị</translation>
    </message>
    <message>
        <source>Entry %1 differs from the anchor kept in %2: the log was rewritten up to there.</source>
        <translation>Mục %1 khác với mốc đối chiếu lưu trong %2: nhật ký đã bị viết lại đến mục đó.</translation>
    </message>
    <message>
        <source>There is no casebook at %1.</source>
        <translation>Không có sổ hồ sơ vụ việc tại %1.</translation>
    </message>
    <message>
        <source>The database %1 holds no casebook yet: its owner sets it up with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>Cơ sở dữ liệu %1 chưa có sổ hồ sơ vụ việc: chủ sở hữu của nó thiết lập bằng `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>Your login %1 holds no role in the casebook %2: ask its administrator to grant you one (`signwatch-cli casebook grant %1 --role …`).</source>
        <translation>Tài khoản đăng nhập %1 chưa có vai trò nào trong sổ hồ sơ vụ việc %2: hãy đề nghị người quản trị cấp vai trò (`signwatch-cli casebook grant %1 --role …`).</translation>
    </message>
    <message>
        <source>The casebook %1 was set up by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</source>
        <translation>Sổ hồ sơ vụ việc %1 được thiết lập bởi phiên bản SignWatch mới hơn (phiên bản dữ liệu %2, phiên bản này chỉ biết đến %3). Hãy cập nhật SignWatch để mở.</translation>
    </message>
    <message>
        <source>The casebook %1 is at data version %2 and this SignWatch needs %3: its owner updates it with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>Sổ hồ sơ vụ việc %1 ở phiên bản dữ liệu %2, còn SignWatch này cần %3: chủ sở hữu cập nhật bằng `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>The casebook %1 has %2 at data version %3 and this SignWatch needs %4: its owner updates it with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>Sổ hồ sơ vụ việc %1 có phần %2 ở phiên bản dữ liệu %3, còn SignWatch này cần %4: chủ sở hữu cập nhật bằng `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>kiểm tra viên</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát viên</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>người ký</translation>
    </message>
    <message>
        <source>The casebook server refused this: your login has no right to it. Ask the casebook&apos;s administrator for the role it needs.</source>
        <translation>Máy chủ sổ hồ sơ vụ việc từ chối thao tác này: tài khoản của bạn không có quyền. Hãy đề nghị người quản trị sổ cấp vai trò cần thiết.</translation>
    </message>
    <message>
        <source>the casebook&apos;s administrator</source>
        <translation>người quản trị sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>The casebook server refused this: it needs the role &quot;%1&quot;, which your login does not hold (action %2). Ask the casebook&apos;s administrator to grant it.</source>
        <translation>Máy chủ sổ hồ sơ vụ việc từ chối thao tác này: cần vai trò “%1”, tài khoản của bạn không có (thao tác %2). Hãy đề nghị người quản trị sổ cấp vai trò này.</translation>
    </message>
    <message>
        <source>Could not read the casebook database&apos;s name.</source>
        <translation>Không đọc được tên cơ sở dữ liệu của sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Could not read who the casebook server says you are.</source>
        <translation>Không đọc được danh tính của bạn theo máy chủ sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Could not read your roles in the casebook.</source>
        <translation>Không đọc được các vai trò của bạn trong sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Could not read the casebook database&apos;s owner.</source>
        <translation>Không đọc được chủ sở hữu cơ sở dữ liệu của sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Only the casebook database&apos;s owner sets it up: connect as the login that owns the database.</source>
        <translation>Chỉ chủ sở hữu cơ sở dữ liệu mới thiết lập được sổ hồ sơ vụ việc: hãy kết nối bằng tài khoản sở hữu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Setting up the casebook creates its three roles: the owner&apos;s login needs CREATEROLE (ALTER ROLE … CREATEROLE).</source>
        <translation>Thiết lập sổ hồ sơ vụ việc sẽ tạo ba vai trò: tài khoản chủ sở hữu cần quyền CREATEROLE (ALTER ROLE … CREATEROLE).</translation>
    </message>
    <message>
        <source>The casebook database must use the UTF8 encoding (it uses %1): create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>Cơ sở dữ liệu của sổ hồ sơ vụ việc phải dùng bảng mã UTF8 (hiện dùng %1): hãy tạo với ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>Could not set up the casebook&apos;s roles.</source>
        <translation>Không thiết lập được các vai trò của sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Could not read the login %1.</source>
        <translation>Không đọc được tài khoản đăng nhập %1.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login %1 on this server: create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Máy chủ này không có tài khoản đăng nhập PostgreSQL %1: hãy tạo trước (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>Could not grant the role to %1.</source>
        <translation>Không cấp được vai trò cho %1.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>document</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>số văn bản</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>bản đăng tải</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>Could not read %1 from the desk&apos;s casebook.</source>
        <translation>Không đọc được %1 từ sổ hồ sơ vụ việc của máy trạm.</translation>
    </message>
    <message>
        <source>Could not write %1 into the shared casebook.</source>
        <translation>Không ghi được %1 vào sổ hồ sơ vụ việc dùng chung.</translation>
    </message>
    <message>
        <source>The shared casebook refused the move.</source>
        <translation>Sổ hồ sơ vụ việc dùng chung từ chối việc chuyển.</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook (a SQLite file) moves into the shared one (PostgreSQL).</source>
        <translation>Chỉ chuyển sổ hồ sơ vụ việc của một máy trạm (tệp SQLite) vào sổ dùng chung (PostgreSQL).</translation>
    </message>
    <message>
        <source>Only the shared casebook&apos;s owner moves a desk&apos;s casebook into it.</source>
        <translation>Chỉ chủ sở hữu sổ hồ sơ vụ việc dùng chung mới chuyển được sổ của máy trạm vào.</translation>
    </message>
    <message>
        <source>The desk&apos;s casebook is at data version %1 and the shared one at %2: update the shared one first (casebook init).</source>
        <translation>Sổ của máy trạm ở phiên bản dữ liệu %1, còn sổ dùng chung ở %2: hãy cập nhật sổ dùng chung trước (casebook init).</translation>
    </message>
    <message>
        <source>The desk&apos;s audit log does not verify, so its history cannot be vouched for in the shared casebook: %1</source>
        <translation>Nhật ký kiểm tra của máy trạm không nguyên vẹn nên không thể bảo đảm lịch sử của nó trong sổ dùng chung: %1</translation>
    </message>
    <message>
        <source>The shared casebook already holds these numbers, which the desk&apos;s casebook uses too: %1. Nothing was moved.</source>
        <translation>Sổ dùng chung đã có các số sau, mà sổ của máy trạm cũng dùng: %1. Chưa chuyển gì.</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook moved into the shared casebook with its audit history.</source>
        <translation>Sổ hồ sơ vụ việc của một máy trạm được chuyển vào sổ dùng chung cùng toàn bộ nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>No casebook has been chosen yet.</source>
        <translation>Chưa chọn sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>The connection to the Department&apos;s casebook %1 was lost.</source>
        <translation>Mất kết nối tới sổ hồ sơ vụ việc của Sở %1.</translation>
    </message>
    <message>
        <source>Could not connect to the Department&apos;s casebook (database %1 on %2:%3). Check the address, your login and password, and that the server is running; the casework stays unavailable until it is reachable.</source>
        <translation>Không thể kết nối tới sổ hồ sơ vụ việc của Sở (cơ sở dữ liệu %1 trên %2:%3). Hãy kiểm tra địa chỉ, tên đăng nhập và mật khẩu, và máy chủ có đang chạy không; phần hồ sơ vụ việc chưa dùng được cho đến khi kết nối được.</translation>
    </message>
    <message>
        <source>Could not read the names of the casebook&apos;s people.</source>
        <translation>Không đọc được họ tên của những người dùng sổ hồ sơ vụ việc.</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Could not read the console&apos;s own data.</source>
        <translation>Không thể đọc dữ liệu riêng của SignWatch.</translation>
    </message>
    <message>
        <source>Could not read case %1.</source>
        <translation>Không thể đọc vụ việc %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Không có vụ việc %1.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Vụ việc %1 có trạng thái không xác định “%2”.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ việc %1: %2</translation>
    </message>
    <message>
        <source>Could not change case %1.</source>
        <translation>Không thể thay đổi vụ việc %1.</translation>
    </message>
    <message>
        <source>Not a finding of a scan: %1</source>
        <translation>Không phải là vi phạm phát hiện từ một lần quét: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>biên bản</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>thông báo</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s documents.</source>
        <translation>Không thể đọc các văn bản của vụ việc.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Không có văn bản %1.</translation>
    </message>
    <message>
        <source>Could not create the document.</source>
        <translation>Không thể tạo văn bản.</translation>
    </message>
    <message>
        <source>Case %1 is %2: minutes are drawn up for an established case (a signed one is put right by a correction).</source>
        <translation>Vụ việc %1 đang ở trạng thái “%2”: biên bản chỉ được lập cho vụ việc đã xác định vi phạm (biên bản đã ký được sửa bằng văn bản đính chính).</translation>
    </message>
    <message>
        <source>Case %1 has no signed minutes: the announcement cites them, so sign the minutes first.</source>
        <translation>Vụ việc %1 chưa có biên bản đã ký: thông báo phải dẫn chiếu biên bản, vì vậy hãy ký biên bản trước.</translation>
    </message>
    <message>
        <source>Case %1 is %2: there is nothing to announce.</source>
        <translation>Vụ việc %1 đang ở trạng thái “%2”: không có gì để thông báo.</translation>
    </message>
    <message>
        <source>Document %1 is still a draft: edit it instead of correcting it.</source>
        <translation>Văn bản %1 vẫn là bản dự thảo: hãy chỉnh sửa trực tiếp thay vì đính chính.</translation>
    </message>
    <message>
        <source>Could not read the document.</source>
        <translation>Không thể đọc văn bản.</translation>
    </message>
    <message>
        <source>The %1 %2 is signed and can no longer be changed; make a correction instead.</source>
        <translation>Đã ký %1 %2 nên không thể thay đổi nữa; hãy lập văn bản đính chính.</translation>
    </message>
    <message>
        <source>Could not save the draft.</source>
        <translation>Không thể lưu bản dự thảo.</translation>
    </message>
    <message>
        <source>The %1 %2 is already signed.</source>
        <translation>Đã ký %1 %2 trước đó.</translation>
    </message>
    <message>
        <source>Before signing, fill in: %1.</source>
        <translation>Trước khi ký, hãy điền: %1.</translation>
    </message>
    <message>
        <source>The document was signed meanwhile.</source>
        <translation>Văn bản vừa được ký trong lúc bạn đang thao tác.</translation>
    </message>
    <message>
        <source>Could not allocate the document&apos;s number.</source>
        <translation>Không thể cấp số cho văn bản.</translation>
    </message>
    <message>
        <source>Could not store the signed document.</source>
        <translation>Không thể lưu văn bản đã ký.</translation>
    </message>
    <message>
        <source>Only a signed announcement is published.</source>
        <translation>Chỉ thông báo đã ký mới được công bố.</translation>
    </message>
    <message>
        <source>The finding %1 is about %2, not about %3: a case gathers one provider&apos;s findings.</source>
        <translation>Vi phạm %1 liên quan đến %2, không phải %3: mỗi vụ việc chỉ tập hợp vi phạm của một doanh nghiệp.</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>không có doanh nghiệp</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s findings.</source>
        <translation>Không thể đọc các vi phạm của vụ việc.</translation>
    </message>
    <message>
        <source>Could not add the findings to the case.</source>
        <translation>Không thể thêm các vi phạm vào vụ việc.</translation>
    </message>
    <message>
        <source>Case %1 is %2: findings and complaints can be changed only while it is open or established.</source>
        <translation>Vụ việc %1 đang ở trạng thái “%2”: chỉ được thay đổi vi phạm và khiếu nại khi vụ việc đang mở hoặc đã xác định vi phạm.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>violation established</source>
        <translation>đã xác định vi phạm</translation>
    </message>
    <message>
        <source>minutes drafted</source>
        <translation>đã dự thảo biên bản</translation>
    </message>
    <message>
        <source>minutes signed</source>
        <translation>đã ký biên bản</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công bố</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>đã đình chỉ</translation>
    </message>
    <message>
        <source>the case is already %1.</source>
        <translation>vụ việc đã ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>a dismissed case cannot change any more.</source>
        <translation>vụ việc đã đình chỉ không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <source>a published case cannot change any more; correct its documents instead.</source>
        <translation>vụ việc đã công bố không thể thay đổi được nữa; hãy đính chính các văn bản của vụ việc.</translation>
    </message>
    <message>
        <source>a case can be dismissed only while open or established, not once minutes exist.</source>
        <translation>chỉ được đình chỉ vụ việc khi đang mở hoặc đã xác định vi phạm, không được đình chỉ khi đã có biên bản.</translation>
    </message>
    <message>
        <source>a case cannot be reopened.</source>
        <translation>không thể mở lại vụ việc.</translation>
    </message>
    <message>
        <source>it cannot go from %1 to %2.</source>
        <translation>không thể chuyển từ trạng thái “%1” sang “%2”.</translation>
    </message>
    <message>
        <source>it is %1; its next step is %2, not %3.</source>
        <translation>vụ việc đang ở trạng thái “%1”; bước tiếp theo là “%2”, không phải “%3”.</translation>
    </message>
    <message>
        <source>Choose the provider the case is against.</source>
        <translation>Hãy chọn doanh nghiệp bị lập vụ việc.</translation>
    </message>
    <message>
        <source>Give the legal name of provider %1: it is printed in the minutes.</source>
        <translation>Hãy nhập tên đầy đủ theo pháp lý của doanh nghiệp %1: tên này được in trong biên bản.</translation>
    </message>
    <message>
        <source>Violations by %1</source>
        <translation>Vi phạm của %1</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>Không thể mở vụ việc.</translation>
    </message>
    <message>
        <source>Could not read the cases.</source>
        <translation>Không thể đọc danh sách vụ việc.</translation>
    </message>
    <message>
        <source>Give a reason for taking the finding out of the case.</source>
        <translation>Hãy nêu lý do đưa vi phạm ra khỏi vụ việc.</translation>
    </message>
    <message>
        <source>Case %1 has no finding %2.</source>
        <translation>Vụ việc %1 không có vi phạm %2.</translation>
    </message>
    <message>
        <source>Complaint %1 is about %2; case %3 is against %4.</source>
        <translation>Khiếu nại %1 liên quan đến %2; vụ việc %3 là đối với %4.</translation>
    </message>
    <message>
        <source>Complaint %1 already belongs to case %2.</source>
        <translation>Khiếu nại %1 đã thuộc vụ việc %2.</translation>
    </message>
    <message>
        <source>Could not add the complaint to the case.</source>
        <translation>Không thể đưa khiếu nại vào vụ việc.</translation>
    </message>
    <message>
        <source>Give a reason for taking the complaint out of the case.</source>
        <translation>Hãy nêu lý do đưa khiếu nại ra khỏi vụ việc.</translation>
    </message>
    <message>
        <source>Could not take the complaint out of the case.</source>
        <translation>Không thể đưa khiếu nại ra khỏi vụ việc.</translation>
    </message>
    <message>
        <source>Complaint %1 is not part of case %2.</source>
        <translation>Khiếu nại %1 không thuộc vụ việc %2.</translation>
    </message>
    <message>
        <source>Case %1 has no findings and no substantiated complaint: a violation is established on evidence.</source>
        <translation>Vụ việc %1 không có vi phạm nào và không có khiếu nại nào có cơ sở: việc xác định vi phạm phải dựa trên chứng cứ.</translation>
    </message>
    <message>
        <source>Give the reason for dismissing the case.</source>
        <translation>Hãy nêu lý do đình chỉ vụ việc.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Vụ việc cần có tiêu đề.</translation>
    </message>
    <message>
        <source>Enter the date the exclusion takes effect.</source>
        <translation>Hãy nhập ngày việc loại khỏi chương trình có hiệu lực.</translation>
    </message>
    <message>
        <source>Case %1 is %2: the provider is removed from the programme only on a published case.</source>
        <translation>Vụ việc %1 đang ở trạng thái “%2”: doanh nghiệp chỉ bị loại khỏi chương trình khi vụ việc đã được công bố.</translation>
    </message>
    <message>
        <source>Could not read the exclusions.</source>
        <translation>Không thể đọc danh sách loại khỏi chương trình.</translation>
    </message>
    <message>
        <source>Only a signed announcement of case %1 is published.</source>
        <translation>Chỉ thông báo đã ký của vụ việc %1 mới được công bố.</translation>
    </message>
    <message>
        <source>Could not record the publication.</source>
        <translation>Không thể ghi nhận việc công bố.</translation>
    </message>
    <message>
        <source>Could not read the publications.</source>
        <translation>Không thể đọc danh sách văn bản đã công bố.</translation>
    </message>
    <message>
        <source>The portal&apos;s reference is missing.</source>
        <translation>Thiếu số tham chiếu của Cổng thông tin điện tử.</translation>
    </message>
    <message>
        <source>Case %1 has no signed announcement to publish.</source>
        <translation>Vụ việc %1 chưa có thông báo đã ký để công bố.</translation>
    </message>
    <message>
        <source>Could not read a complaint&apos;s findings.</source>
        <translation>Không thể đọc các vi phạm của một khiếu nại.</translation>
    </message>
    <message>
        <source>Could not change a complaint&apos;s findings.</source>
        <translation>Không thể thay đổi các vi phạm của một khiếu nại.</translation>
    </message>
    <message>
        <source>Hue-S feedback</source>
        <translation>Phản ánh qua Hue-S</translation>
    </message>
    <message>
        <source>Hotline 1900 1075</source>
        <translation>Đường dây nóng 1900 1075</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>Có cơ sở</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Không có cơ sở</translation>
    </message>
    <message>
        <source>Needs a field check</source>
        <translation>Cần kiểm tra thực tế</translation>
    </message>
    <message>
        <source>The citizen identity number must have 12 digits.</source>
        <translation>Số định danh công dân phải có 12 chữ số.</translation>
    </message>
    <message>
        <source>Choose the provider the complaint is about.</source>
        <translation>Hãy chọn doanh nghiệp bị khiếu nại.</translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>Hãy nhập thời điểm tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future.</source>
        <translation>Thời điểm tiếp nhận khiếu nại không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Write down what the citizen says.</source>
        <translation>Hãy ghi lại nội dung công dân phản ánh.</translation>
    </message>
    <message>
        <source>The timeline snapshot is not valid JSON.</source>
        <translation>Bản chụp diễn biến không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The linked finding %1 is about %2, not about %3.</source>
        <translation>Vi phạm liên kết %1 liên quan đến %2, không phải %3.</translation>
    </message>
    <message>
        <source>Write down in the notes how the complaint was verified before recording an outcome.</source>
        <translation>Hãy ghi vào phần ghi chú cách thức xác minh khiếu nại trước khi ghi nhận kết quả.</translation>
    </message>
    <message>
        <source>Link the findings that substantiate the complaint.</source>
        <translation>Hãy liên kết các vi phạm làm cơ sở cho khiếu nại.</translation>
    </message>
    <message>
        <source>Could not record the complaint.</source>
        <translation>Không thể ghi nhận khiếu nại.</translation>
    </message>
    <message>
        <source>Complaint %1 belongs to case %2 against %3: take it out of the case before changing its provider.</source>
        <translation>Khiếu nại %1 thuộc vụ việc %2 đối với %3: hãy đưa khiếu nại ra khỏi vụ việc trước khi thay đổi doanh nghiệp.</translation>
    </message>
    <message>
        <source>Complaint %1 rests on the signed minutes of case %2 and can no longer be changed.</source>
        <translation>Khiếu nại %1 là căn cứ của biên bản đã ký của vụ việc %2 nên không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <source>Could not change the complaint.</source>
        <translation>Không thể thay đổi khiếu nại.</translation>
    </message>
    <message>
        <source>Give a reason for removing the complaint.</source>
        <translation>Hãy nêu lý do xóa khiếu nại.</translation>
    </message>
    <message>
        <source>Complaint %1 belongs to case %2: take it out of the case first.</source>
        <translation>Khiếu nại %1 thuộc vụ việc %2: hãy đưa khiếu nại ra khỏi vụ việc trước.</translation>
    </message>
    <message>
        <source>Could not remove the complaint.</source>
        <translation>Không thể xóa khiếu nại.</translation>
    </message>
    <message>
        <source>Could not read the complaints.</source>
        <translation>Không thể đọc danh sách khiếu nại.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Không có khiếu nại %1.</translation>
    </message>
    <message>
        <source>Other consoles kept signing documents while this one was being prepared, so it was not signed. Sign it again.</source>
        <translation>Trong lúc văn bản này được chuẩn bị, các máy khác liên tục ký văn bản nên văn bản chưa được ký. Hãy ký lại.</translation>
    </message>
    <message>
        <source>The stored file of the %1 %2 was changed outside SignWatch: do not use it. Run “signwatch-cli audit verify” to see what else was changed.</source>
        <translation>Tệp đã lưu của %1 %2 đã bị thay đổi bên ngoài SignWatch: không được sử dụng tệp này. Hãy chạy “signwatch-cli audit verify” để xem còn gì khác bị thay đổi.</translation>
    </message>
    <message>
        <source>Recorded SHA-256 %1, stored file %2.</source>
        <translation>SHA-256 đã ghi nhận %1, tệp đang lưu %2.</translation>
    </message>
    <message>
        <source>The copy of the %1 %2 waiting to be published differs from the signed document: it was changed outside SignWatch and is not sent.</source>
        <translation>Bản sao của %1 %2 đang chờ công bố khác với văn bản đã ký: bản sao đã bị thay đổi bên ngoài SignWatch và sẽ không được gửi.</translation>
    </message>
    <message>
        <source>Could not read the casework to check it.</source>
        <translation>Không thể đọc hồ sơ vụ việc để kiểm tra.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>vụ việc %1</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>khiếu nại %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>văn bản %1</translation>
    </message>
    <message>
        <source>%1 was in the file before entry %2 first recorded it: it was added outside SignWatch.</source>
        <translation>%1 đã có trong tệp trước khi mục %2 lần đầu ghi nhận nó: đã được thêm bên ngoài SignWatch.</translation>
    </message>
    <message>
        <source>%1 was changed outside SignWatch after entry %2 (found changed by entry %3).</source>
        <translation>%1 đã bị thay đổi bên ngoài SignWatch sau mục %2 (phát hiện khi ghi mục %3).</translation>
    </message>
    <message>
        <source>%1 was removed from the file outside SignWatch after entry %2.</source>
        <translation>%1 đã bị xóa khỏi tệp bên ngoài SignWatch sau mục %2.</translation>
    </message>
    <message>
        <source>%1 was changed outside SignWatch after entry %2.</source>
        <translation>%1 đã bị thay đổi bên ngoài SignWatch sau mục %2.</translation>
    </message>
    <message>
        <source>%1 is in the file, but no audit entry records it: it was added outside SignWatch.</source>
        <translation>%1 có trong tệp nhưng không có mục nào của nhật ký kiểm tra ghi nhận: đã được thêm bên ngoài SignWatch.</translation>
    </message>
    <message>
        <source>The stored PDF of %1 differs from the SHA-256 recorded when it was signed: it was changed outside SignWatch.</source>
        <translation>Tệp PDF đã lưu của %1 khác với SHA-256 ghi nhận khi ký: tệp đã bị thay đổi bên ngoài SignWatch.</translation>
    </message>
    <message>
        <source>The %1 draft of case %2</source>
        <translation>Dự thảo %1 của vụ việc %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vụ việc %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>một thời điểm không rõ</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>một người khác</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing was overwritten: your text is kept for you to compare with theirs.</source>
        <translation>%1 đã được %2 sửa lúc %3 sau khi bạn mở. Không có gì bị ghi đè: nội dung của bạn được giữ lại để bạn so sánh với bản của họ.</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Khiếu nại %1</translation>
    </message>
    <message>
        <source>Signed today (%1), it is issued by %2: a document is dated the day it is signed and carries the body in force then.</source>
        <translation>Nếu ký hôm nay (%1), văn bản do %2 ban hành: văn bản mang ngày ký và cơ quan ban hành có hiệu lực vào ngày đó.</translation>
    </message>
    <message>
        <source>Could not update the casebook&apos;s schema.</source>
        <translation>Không cập nhật được cấu trúc sổ vụ việc.</translation>
    </message>
    <message>
        <source>Could not read the signed documents.</source>
        <translation>Không đọc được các văn bản đã ký.</translation>
    </message>
    <message>
        <source>Could not record the signed documents&apos; issuing body.</source>
        <translation>Không ghi được cơ quan ban hành của các văn bản đã ký.</translation>
    </message>
    <message>
        <source>Could not read the issuing bodies.</source>
        <translation>Không đọc được danh mục cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Only a signatory adds an issuing body: your login does not hold that role in this casebook.</source>
        <translation>Chỉ người ký mới được thêm cơ quan ban hành: tài khoản của bạn không có vai trò này trong sổ vụ việc.</translation>
    </message>
    <message>
        <source>A document was already signed on %1 under the body then in force: a period starting on %2 would put it under another body than the one it names. Choose a date after %1.</source>
        <translation>Đã có văn bản ký ngày %1 theo cơ quan ban hành khi đó: một giai đoạn bắt đầu từ %2 sẽ đặt văn bản đó dưới một cơ quan khác với cơ quan ghi trên văn bản. Hãy chọn ngày sau %1.</translation>
    </message>
    <message>
        <source>Could not add the issuing body.</source>
        <translation>Không thêm được cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Documents signed from %1 are issued by %2 (%3).</source>
        <translation>Văn bản ký từ ngày %1 do %2 (%3) ban hành.</translation>
    </message>
    <message>
        <source>The document was not signed (no number used): %1</source>
        <translation>Văn bản chưa được ký (không dùng số nào): %1</translation>
    </message>
    <message>
        <source>The document was not signed (no number used): the digital signature did not return the rendered document signed.</source>
        <translation>Văn bản chưa được ký (không dùng số nào): bước ký số không trả lại đúng văn bản đã dựng kèm chữ ký.</translation>
    </message>
    <message>
        <source>Not signed: the PIN was not given.</source>
        <translation>Chưa ký: chưa nhập mã PIN.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Không thể đọc nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Only a signatory records an issuing body&apos;s address: your login does not hold that role in this casebook.</source>
        <translation>Chỉ người ký văn bản mới ghi được địa chỉ của cơ quan ban hành: tài khoản của bạn không có vai trò này trong sổ hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Give the address of the issuing body&apos;s seat.</source>
        <translation>Hãy nhập địa chỉ trụ sở của cơ quan ban hành.</translation>
    </message>
    <message>
        <source>No issuing body starts on %1.</source>
        <translation>Không có cơ quan ban hành nào bắt đầu từ ngày %1.</translation>
    </message>
    <message>
        <source>Could not record the issuing body&apos;s address.</source>
        <translation>Không ghi được địa chỉ của cơ quan ban hành.</translation>
    </message>
    <message>
        <source>%1 (%2) has its seat at %3.</source>
        <translation>%1 (%2) có trụ sở tại %3.</translation>
    </message>
    <message>
        <source>Could not read which findings are in a case.</source>
        <translation>Không đọc được vi phạm nào đã được đưa vào vụ việc.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The picture could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>Không thể lưu hình ảnh vào %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó hay không.</translation>
    </message>
    <message>
        <source>The page could not be set up.</source>
        <translation>Không thể thiết lập trang in.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and that you may write to it.</source>
        <translation>Không thể ghi tệp PDF vào %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó hay không.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Không thể hoàn tất tệp PDF.</translation>
    </message>
</context>
<context>
    <name>CitizenFindingsLookup</name>
    <message>
        <source>Open the registry to see this citizen&apos;s findings here, or link findings from a scan file.</source>
        <translation>Hãy mở cơ sở dữ liệu để xem các vi phạm của công dân này tại đây, hoặc liên kết vi phạm từ tệp kết quả quét.</translation>
    </message>
    <message>
        <source>from the scan of %1</source>
        <translation>theo lần quét %1</translation>
    </message>
    <message>
        <source>The findings page&apos;s latest scan of this registry, as of %1.</source>
        <translation>Lần quét gần nhất của cơ sở dữ liệu này trên trang Phát hiện vi phạm, dữ liệu tính đến %1.</translation>
    </message>
    <message>
        <source>from the citizen&apos;s records as of %1 (no scan of this registry is kept)</source>
        <translation>theo hồ sơ của công dân tính đến %1 (chưa có lần quét nào của cơ sở dữ liệu này được lưu)</translation>
    </message>
    <message>
        <source>The citizen&apos;s own records judged as the citizen look-up page judges them; rules that compare several citizens are left to a full scan on the findings page.</source>
        <translation>Hồ sơ của công dân được đánh giá như trên trang Tra cứu công dân; các quy tắc so sánh nhiều công dân chỉ được đánh giá khi quét toàn bộ trên trang Phát hiện vi phạm.</translation>
    </message>
</context>
<context>
    <name>Citizens</name>
    <message>
        <source>The registry could not give this citizen&apos;s records.</source>
        <translation>Cơ sở dữ liệu không trả về được các bản ghi của công dân này.</translation>
    </message>
    <message>
        <source>Could not prepare this citizen&apos;s records for the rules (%1).</source>
        <translation>Không thể chuẩn bị các bản ghi của công dân này cho các quy tắc (%1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for this citizen&apos;s findings.</source>
        <translation>Không thể tạo thư mục tạm cho các vi phạm của công dân này.</translation>
    </message>
    <message>
        <source>The registry could not be searched.</source>
        <translation>Không thể tìm kiếm trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter a 12-digit CCCD number, or a full name together with the birth date.</source>
        <translation>Hãy nhập số CCCD gồm 12 chữ số, hoặc họ và tên kèm ngày sinh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birth date.</source>
        <translation>“%1” không phải là ngày sinh hợp lệ.</translation>
    </message>
    <message>
        <source>The registry could not give the earlier certificates.</source>
        <translation>Cơ sở dữ liệu không trả về được các chứng thư có trước.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checks that a registry has every table and column of the data contract.</source>
        <translation>Kiểm tra cơ sở dữ liệu có đủ mọi bảng và cột theo quy ước dữ liệu hay không.</translation>
    </message>
    <message>
        <source>%1: the registry meets the data contract.</source>
        <translation>%1: cơ sở dữ liệu đáp ứng quy ước dữ liệu.</translation>
    </message>
    <message>
        <source>%1: the registry does not meet the data contract:</source>
        <translation>%1: cơ sở dữ liệu chưa đáp ứng quy ước dữ liệu:</translation>
    </message>
    <message>
        <source>A connection profile saved in the console.</source>
        <translation>Cấu hình kết nối đã lưu trong SignWatch.</translation>
    </message>
    <message>
        <source>Name the registry with exactly one of --db or --profile.</source>
        <translation>Chỉ định cơ sở dữ liệu bằng đúng một trong hai tùy chọn --db hoặc --profile.</translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation>Không có cấu hình kết nối đã lưu nào tên là “%1”.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Prints certificates per provider and channel, requests and look-ups per provider.</source>
        <translation>In số chứng thư theo doanh nghiệp và hình thức cấp, số đăng ký nhu cầu và lượt tra cứu theo doanh nghiệp.</translation>
    </message>
    <message>
        <source>Runs the detection rules on a registry.</source>
        <translation>Chạy các quy tắc phát hiện vi phạm trên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>See the registry as Hue-S held it at this UTC time (default: now), e.g. 2024-03-31T17:00:00Z.</source>
        <translation>Xem dữ liệu đúng như trên Hue-S tại thời điểm UTC này (mặc định: hiện tại), ví dụ 2024-03-31T17:00:00Z.</translation>
    </message>
    <message>
        <source>Only these rules, comma-separated (default: all).</source>
        <translation>Chỉ chạy các quy tắc này, cách nhau bằng dấu phẩy (mặc định: tất cả).</translation>
    </message>
    <message>
        <source>Override a threshold, e.g. late_update=3600 (repeatable).</source>
        <translation>Thay đổi một ngưỡng, ví dụ late_update=3600 (có thể dùng nhiều lần).</translation>
    </message>
    <message>
        <source>jsonl (default) or csv.</source>
        <translation>jsonl (mặc định) hoặc csv.</translation>
    </message>
    <message>
        <source>Write the findings to this file.</source>
        <translation>Ghi các vi phạm phát hiện được vào tệp này.</translation>
    </message>
    <message>
        <source>Database connections working at once (default 2).</source>
        <translation>Số kết nối cơ sở dữ liệu chạy đồng thời (mặc định 2).</translation>
    </message>
    <message>
        <source>Ignoring a threshold from the settings: %1</source>
        <translation>Bỏ qua một ngưỡng trong phần cài đặt: %1</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>Không có quy tắc “%1”.</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv.</source>
        <translation>--format chỉ nhận jsonl hoặc csv.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 8.</source>
        <translation>--threads nhận một số từ 1 đến 8.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned as of %1: %Ln finding(s) in %2 s.</source>
        <translation>
            <numerusform>Đã quét dữ liệu tính đến %1: phát hiện %Ln vi phạm trong %2 giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: signwatch-cli COMMAND [OPTIONS]</source>
        <translation>Cách dùng: signwatch-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run signwatch-cli COMMAND --help for its options.</source>
        <translation>Chạy signwatch-cli COMMAND --help để xem các tùy chọn của lệnh.</translation>
    </message>
    <message>
        <source>write a demo registry of the 2023 campaign</source>
        <translation>tạo cơ sở dữ liệu mẫu của chiến dịch năm 2023</translation>
    </message>
    <message>
        <source>check a registry against the data contract</source>
        <translation>đối chiếu cơ sở dữ liệu với quy ước dữ liệu</translation>
    </message>
    <message>
        <source>run the detection rules and print the findings</source>
        <translation>chạy các quy tắc phát hiện và in các vi phạm phát hiện được</translation>
    </message>
    <message>
        <source>print certificates, requests and look-ups per provider</source>
        <translation>in số chứng thư, đăng ký nhu cầu và lượt tra cứu theo doanh nghiệp</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Prints the supervisors&apos; dashboard: headline figures, per-provider figures and the timeline.</source>
        <translation>In bảng tổng hợp dành cho người giám sát: các số liệu chính, số liệu theo doanh nghiệp và diễn biến theo thời gian.</translation>
    </message>
    <message>
        <source>First local day of the period, YYYY-MM-DD.</source>
        <translation>Ngày đầu tiên của kỳ (giờ Việt Nam), dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last local day of the period (included), YYYY-MM-DD.</source>
        <translation>Ngày cuối cùng của kỳ (tính cả ngày này, giờ Việt Nam), dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only citizens of this district (GSO code, e.g. 474).</source>
        <translation>Chỉ tính công dân thuộc địa bàn này (mã đơn vị hành chính, ví dụ 474).</translation>
    </message>
    <message>
        <source>Only this provider (code, e.g. VNPT-CA).</source>
        <translation>Chỉ tính doanh nghiệp này (mã, ví dụ VNPT-CA).</translation>
    </message>
    <message>
        <source>Judge requests as of this UTC time (default: now).</source>
        <translation>Xét các đăng ký nhu cầu tính đến thời điểm UTC này (mặc định: hiện tại).</translation>
    </message>
    <message>
        <source>Count on one connection only (for timing).</source>
        <translation>Chỉ đếm trên một kết nối (để đo thời gian).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2023-08-01.</source>
        <translation>--%1 cần một ngày dạng 2023-08-01.</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from không được sau --to.</translation>
    </message>
    <message>
        <source>Opened in %1 s, counted in %2 s.</source>
        <translation>Đã mở trong %1 giây, đếm trong %2 giây.</translation>
    </message>
    <message>
        <source>Writes the Department&apos;s periodic report (BÁO CÁO, BC-STTTT) for a period as a PDF.</source>
        <translation>Tạo báo cáo định kỳ của Sở (BÁO CÁO, BC-STTTT) cho một kỳ, dưới dạng PDF.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the proposals (part VI).</source>
        <translation>Tệp văn bản UTF-8 chứa các đề xuất, kiến nghị (phần VI).</translation>
    </message>
    <message>
        <source>The report&apos;s number within the year (default 1).</source>
        <translation>Số thứ tự của báo cáo trong năm (mặc định 1).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Cần có --%1.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>Cần có --out.</translation>
    </message>
    <message>
        <source>--district takes a district code of the province (474–483).</source>
        <translation>--district nhận mã một đơn vị hành chính cấp huyện của tỉnh (474–483).</translation>
    </message>
    <message>
        <source>--number takes a whole number from 1.</source>
        <translation>--number nhận một số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The proposals file %1 cannot be read: %2</source>
        <translation>Không thể đọc tệp đề xuất %1: %2</translation>
    </message>
    <message>
        <source>The findings store %1 does not exist.</source>
        <translation>Tệp lưu vi phạm %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Report written: %1 pages (figures %2 ms, PDF %3 ms).</source>
        <translation>Đã ghi báo cáo: %1 trang (số liệu %2 ms, PDF %3 ms).</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a period, district or provider</source>
        <translation>in số liệu của bảng tổng hợp theo kỳ, địa bàn hoặc doanh nghiệp</translation>
    </message>
    <message>
        <source>open, list, show, establish or dismiss cases</source>
        <translation>mở, liệt kê, xem, xác định vi phạm hoặc đình chỉ vụ việc</translation>
    </message>
    <message>
        <source>write (and sign) a case&apos;s minutes as PDF</source>
        <translation>ghi (và ký) biên bản của vụ việc dưới dạng PDF</translation>
    </message>
    <message>
        <source>write (and sign) a case&apos;s announcement as PDF</source>
        <translation>ghi (và ký) thông báo của vụ việc dưới dạng PDF</translation>
    </message>
    <message>
        <source>write the Department&apos;s periodic report (PDF)</source>
        <translation>tạo báo cáo định kỳ của Sở (PDF)</translation>
    </message>
    <message>
        <source>%1 takes a case number.</source>
        <translation>%1 cần một số vụ việc.</translation>
    </message>
    <message>
        <source>Opens a case against one provider from a scan&apos;s findings.</source>
        <translation>Mở một vụ việc đối với một doanh nghiệp từ các vi phạm của một lần quét.</translation>
    </message>
    <message>
        <source>The provider&apos;s code, e.g. VIETTEL-CA.</source>
        <translation>Mã doanh nghiệp, ví dụ VIETTEL-CA.</translation>
    </message>
    <message>
        <source>The provider&apos;s legal name (default: the regulation&apos;s addressee list).</source>
        <translation>Tên đầy đủ theo pháp lý của doanh nghiệp (mặc định: theo danh sách nơi nhận của quy định).</translation>
    </message>
    <message>
        <source>Findings of `signwatch-cli scan` (JSON Lines); only the provider&apos;s are taken.</source>
        <translation>Các vi phạm do `signwatch-cli scan` ghi ra (JSON Lines); chỉ lấy các vi phạm của doanh nghiệp này.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Tiêu đề của vụ việc.</translation>
    </message>
    <message>
        <source>case open needs --provider and --findings.</source>
        <translation>case open cần có --provider và --findings.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no finding about %2: no case opened.</source>
        <translation>%1 không có vi phạm nào của %2: không mở vụ việc.</translation>
    </message>
    <message>
        <source>Case %1 opened against %2 with %3 finding(s).</source>
        <translation>Đã mở vụ việc %1 đối với %2 với %3 vi phạm.</translation>
    </message>
    <message>
        <source>Lists the cases, newest first.</source>
        <translation>Liệt kê các vụ việc, mới nhất trước.</translation>
    </message>
    <message>
        <source>Only this provider&apos;s cases.</source>
        <translation>Chỉ các vụ việc của doanh nghiệp này.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Không có vụ việc nào.</translation>
    </message>
    <message>
        <source>Shows a case: its status, findings, complaints and documents.</source>
        <translation>Xem một vụ việc: trạng thái, các vi phạm, khiếu nại và văn bản.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>Số vụ việc.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number.</source>
        <translation>“%1” không phải là số vụ việc.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ việc %1: %2</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Doanh nghiệp: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Opened: %1, last changed %2</source>
        <translation>Mở ngày: %1, thay đổi gần nhất %2</translation>
    </message>
    <message>
        <source>Excluded from the programme from %1</source>
        <translation>Bị loại khỏi chương trình từ ngày %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Đã công bố: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Vi phạm: %1</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Khiếu nại: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>	corrects %1</source>
        <translation>	đính chính %1</translation>
    </message>
    <message>
        <source>Dismisses an open or established case, with a reason.</source>
        <translation>Đình chỉ một vụ việc đang mở hoặc đã xác định vi phạm, kèm lý do.</translation>
    </message>
    <message>
        <source>Records that the case&apos;s violation is established.</source>
        <translation>Ghi nhận vi phạm của vụ việc đã được xác định.</translation>
    </message>
    <message>
        <source>Why (required to dismiss).</source>
        <translation>Lý do (bắt buộc khi đình chỉ).</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Vụ việc %1 nay ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Writes a case&apos;s minutes (biên bản) as PDF: its current draft, made from the case&apos;s findings the first time, or the signed minutes.</source>
        <translation>Ghi biên bản của vụ việc ra tệp PDF: bản dự thảo hiện tại (lần đầu được lập từ các vi phạm của vụ việc) hoặc biên bản đã ký.</translation>
    </message>
    <message>
        <source>Writes a case&apos;s announcement (thông báo) as PDF, made from its signed minutes.</source>
        <translation>Ghi thông báo của vụ việc ra tệp PDF, lập từ biên bản đã ký.</translation>
    </message>
    <message>
        <source>Replace the draft with this JSON file first.</source>
        <translation>Trước tiên thay bản dự thảo bằng tệp JSON này.</translation>
    </message>
    <message>
        <source>Also write the draft as JSON (citizen ids masked) for editing.</source>
        <translation>Ghi thêm bản dự thảo ra tệp JSON (số định danh công dân đã che) để chỉnh sửa.</translation>
    </message>
    <message>
        <source>%1 needs --case N.</source>
        <translation>%1 cần --case N.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.pdf.</source>
        <translation>%1 cần --out FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 is not a JSON draft: %2</source>
        <translation>%1 không phải là bản dự thảo JSON: %2</translation>
    </message>
    <message>
        <source>Minutes draft created for case %1.</source>
        <translation>Đã lập dự thảo biên bản cho vụ việc %1.</translation>
    </message>
    <message>
        <source>Announcement draft created for case %1.</source>
        <translation>Đã lập dự thảo thông báo cho vụ việc %1.</translation>
    </message>
    <message>
        <source>Not signed: the draft still lacks %1. Fill it in with --draft-out / --draft-in.</source>
        <translation>Chưa ký: bản dự thảo còn thiếu %1. Hãy bổ sung bằng --draft-out / --draft-in.</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli case open|list|show|establish|dismiss [OPTIONS]
Run signwatch-cli case SUBCOMMAND --help for its options.</source>
        <translation>Cách dùng: signwatch-cli case open|list|show|establish|dismiss [OPTIONS]
Chạy signwatch-cli case SUBCOMMAND --help để xem các tùy chọn của lệnh.</translation>
    </message>
    <message>
        <source>Unknown case command: %1</source>
        <translation>Lệnh vụ việc không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries.</source>
        <translation>Nhật ký kiểm tra nguyên vẹn: %1 mục.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>Nhật ký kiểm tra bị đứt tại mục %1.</translation>
    </message>
    <message>
        <source>The audit log does not match the casebook:</source>
        <translation>Nhật ký kiểm tra không khớp với sổ hồ sơ vụ việc:</translation>
    </message>
    <message>
        <source>Head of the log: %1 entries, entry %1 %2 (%3).</source>
        <translation>Điểm cuối của nhật ký: %1 mục, mục %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — holds.</source>
        <translation>Mốc đối chiếu trong %1 (cập nhật %2): %3 mục, mục %3 %4 — khớp.</translation>
    </message>
    <message>
        <source>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — DOES NOT HOLD.</source>
        <translation>Mốc đối chiếu trong %1 (cập nhật %2): %3 mục, mục %3 %4 — KHÔNG KHỚP.</translation>
    </message>
    <message>
        <source>No anchor of this casebook was found (system keychain, %1): the removal of the newest entries cannot be checked here. Keep the head printed by “signwatch-cli audit anchor”.</source>
        <translation>Không tìm thấy mốc đối chiếu nào của sổ hồ sơ vụ việc này (kho mật khẩu của hệ thống, %1): không thể kiểm tra tại đây việc các mục mới nhất bị xóa. Hãy ghi lại điểm cuối do “signwatch-cli audit anchor” in ra.</translation>
    </message>
    <message>
        <source>Checks the audit log: its hash chain, its head against the anchors kept outside the casebook, every case, complaint and document against the changes it records, and each signed PDF against its SHA-256.</source>
        <translation>Kiểm tra nhật ký kiểm tra: chuỗi băm, điểm cuối so với các mốc đối chiếu lưu bên ngoài sổ hồ sơ vụ việc, từng vụ việc, khiếu nại và văn bản so với các thay đổi đã ghi nhận, và từng tệp PDF đã ký so với SHA-256 của nó.</translation>
    </message>
    <message>
        <source>Prints the head of the audit log (entries, hash of the last one, its time) for a supervisor to note down, once the log verifies.</source>
        <translation>In điểm cuối của nhật ký kiểm tra (số mục, mã băm của mục cuối, thời điểm ghi) để người giám sát ghi lại, sau khi nhật ký đã được kiểm tra là nguyên vẹn.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Nhật ký kiểm tra chưa có mục nào.</translation>
    </message>
    <message>
        <source>%1: connection: %2</source>
        <translation>%1: kết nối: %2</translation>
    </message>
    <message>
        <source>The output could not be written in full.</source>
        <translation>Không ghi được đầy đủ kết quả đầu ra.</translation>
    </message>
    <message>
        <source>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB, TLS settings in the query (?sslmode=verify-full&amp;sslrootcert=CA.pem); password from PGPASSWORD or the keychain.</source>
        <translation>Cơ sở dữ liệu: sqlite:PATH hoặc postgresql://USER@HOST:PORT/DB, thiết lập TLS trong phần truy vấn (?sslmode=verify-full&amp;sslrootcert=CA.pem); mật khẩu lấy từ PGPASSWORD hoặc kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>The registry %1 cannot be read:</source>
        <translation>Không đọc được cơ sở dữ liệu %1:</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli audit verify|anchor [--casebook PATH|URL]
       signwatch-cli audit export [--casebook PATH|URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--personal-data] --out FILE.csv</source>
        <translation>Cách dùng: signwatch-cli audit verify|anchor [--casebook ĐƯỜNG_DẪN|URL]
       signwatch-cli audit export [--casebook ĐƯỜNG_DẪN|URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--personal-data] --out TỆP.csv</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 nhận một ngày dạng YYYY-MM-DD, không phải “%2”.</translation>
    </message>
    <message>
        <source>Writes the audit log&apos;s entries to a CSV file (UTF-8, a header row): id, time (UTC), person, action, subject kind, subject id and reason. Citizen ids are masked. --from and --to are days in local time (UTC+7), both included. The file is readable by its owner only.</source>
        <translation>Ghi các mục của nhật ký kiểm tra ra tệp CSV (UTF-8, có dòng tiêu đề): số mục, thời gian (UTC), người thực hiện, thao tác, loại đối tượng, mã đối tượng và lý do. Số định danh công dân được che. --from và --to là ngày theo giờ Việt Nam (UTC+7), tính cả hai ngày. Chỉ chủ sở hữu đọc được tệp.</translation>
    </message>
    <message>
        <source>The first day to list (local time, UTC+7).</source>
        <translation>Ngày đầu cần liệt kê (giờ Việt Nam, UTC+7).</translation>
    </message>
    <message>
        <source>The last day to list (local time, UTC+7), included.</source>
        <translation>Ngày cuối cần liệt kê (giờ Việt Nam, UTC+7), tính cả ngày này.</translation>
    </message>
    <message>
        <source>Only accesses to personal data (a citizen&apos;s full id shown: citizen.unmask), for data-protection duties under Law 91/2025/QH15.</source>
        <translation>Chỉ các lần truy cập dữ liệu cá nhân (hiện đầy đủ số định danh của công dân: citizen.unmask), phục vụ nghĩa vụ bảo vệ dữ liệu cá nhân theo Luật 91/2025/QH15.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Tệp CSV cần ghi.</translation>
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation>Cần có --out TỆP.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1 (citizen ids masked).</source>
        <translation>
            <numerusform>Đã ghi %n mục nhật ký kiểm tra vào %1 (số định danh công dân được che).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: signwatch-cli casebook init --casebook URL
       signwatch-cli casebook grant LOGIN --role inspector|supervisor|signatory --casebook URL
       signwatch-cli casebook migrate --from PATH --to URL</source>
        <translation>Cách dùng: signwatch-cli casebook init --casebook URL
       signwatch-cli casebook grant TÀI_KHOẢN --role inspector|supervisor|signatory --casebook URL
       signwatch-cli casebook migrate --from ĐƯỜNG_DẪN --to URL</translation>
    </message>
    <message>
        <source>casebook init and grant set up the Department&apos;s PostgreSQL casebook: give --casebook postgresql://OWNER@HOST:PORT/DB (a SQLite casebook needs no setting up).</source>
        <translation>casebook init và grant dùng để thiết lập sổ hồ sơ vụ việc PostgreSQL của Sở: hãy cho --casebook postgresql://CHỦ_SỞ_HỮU@MÁY_CHỦ:CỔNG/CSDL (sổ SQLite không cần thiết lập).</translation>
    </message>
    <message>
        <source>Sets up (or updates) the Department&apos;s shared casebook in a PostgreSQL database: its schema, the server&apos;s checks, and the three roles &lt;db&gt;_inspector, &lt;db&gt;_supervisor and &lt;db&gt;_signatory. Run by the database&apos;s owner, a login with CREATEROLE; safe to run again.</source>
        <translation>Thiết lập (hoặc cập nhật) sổ hồ sơ vụ việc dùng chung của Sở trong một cơ sở dữ liệu PostgreSQL: lược đồ, các kiểm tra trên máy chủ và ba vai trò &lt;db&gt;_inspector, &lt;db&gt;_supervisor và &lt;db&gt;_signatory. Do chủ sở hữu cơ sở dữ liệu (tài khoản có CREATEROLE) chạy; chạy lại nhiều lần vẫn an toàn.</translation>
    </message>
    <message>
        <source>The casebook database: postgresql://OWNER@HOST:PORT/DB.</source>
        <translation>Cơ sở dữ liệu của sổ: postgresql://CHỦ_SỞ_HỮU@MÁY_CHỦ:CỔNG/CSDL.</translation>
    </message>
    <message>
        <source>casebook init needs --casebook URL.</source>
        <translation>casebook init cần --casebook URL.</translation>
    </message>
    <message>
        <source>The casebook %1 is at data version %2.</source>
        <translation>Sổ hồ sơ vụ việc %1 ở phiên bản dữ liệu %2.</translation>
    </message>
    <message>
        <source>Roles: %1. Give a login its role with “signwatch-cli casebook grant LOGIN --role …”.</source>
        <translation>Vai trò: %1. Cấp vai trò cho một tài khoản bằng “signwatch-cli casebook grant TÀI_KHOẢN --role …”.</translation>
    </message>
    <message>
        <source>Gives a PostgreSQL login a role in the shared casebook.</source>
        <translation>Cấp cho một tài khoản PostgreSQL một vai trò trong sổ hồ sơ vụ việc dùng chung.</translation>
    </message>
    <message>
        <source>The PostgreSQL login of the person.</source>
        <translation>Tài khoản PostgreSQL của người đó.</translation>
    </message>
    <message>
        <source>inspector, supervisor or signatory.</source>
        <translation>inspector (kiểm tra viên), supervisor (giám sát viên) hoặc signatory (người ký).</translation>
    </message>
    <message>
        <source>casebook grant takes one login.</source>
        <translation>casebook grant nhận đúng một tài khoản.</translation>
    </message>
    <message>
        <source>--role must be inspector, supervisor or signatory.</source>
        <translation>--role phải là inspector, supervisor hoặc signatory.</translation>
    </message>
    <message>
        <source>casebook grant needs --casebook URL.</source>
        <translation>casebook grant cần --casebook URL.</translation>
    </message>
    <message>
        <source>%1 now holds the role %2 (%3).</source>
        <translation>%1 nay có vai trò %2 (%3).</translation>
    </message>
    <message>
        <source>Moves a desk&apos;s casebook (a SQLite file) into the Department&apos;s shared casebook with its whole audit history, as one audited step. Run by the shared casebook&apos;s owner. Refuses, moving nothing, when the desk&apos;s audit log does not verify or a case, complaint, document or document number is already taken in the shared casebook. The desk&apos;s file is left as it was.</source>
        <translation>Chuyển sổ hồ sơ vụ việc của một máy trạm (tệp SQLite) vào sổ dùng chung của Sở cùng toàn bộ nhật ký kiểm tra, trong một bước được ghi nhật ký. Do chủ sở hữu sổ dùng chung chạy. Từ chối, không chuyển gì, khi nhật ký của máy trạm không nguyên vẹn hoặc một số vụ việc, khiếu nại, văn bản hay số văn bản đã có trong sổ dùng chung. Tệp của máy trạm được giữ nguyên.</translation>
    </message>
    <message>
        <source>The desk&apos;s casebook file.</source>
        <translation>Tệp sổ hồ sơ vụ việc của máy trạm.</translation>
    </message>
    <message>
        <source>The shared casebook: postgresql://OWNER@HOST:PORT/DB.</source>
        <translation>Sổ dùng chung: postgresql://CHỦ_SỞ_HỮU@MÁY_CHỦ:CỔNG/CSDL.</translation>
    </message>
    <message>
        <source>casebook migrate needs --from PATH and --to URL.</source>
        <translation>casebook migrate cần --from ĐƯỜNG_DẪN và --to URL.</translation>
    </message>
    <message>
        <source>--to must be the shared casebook&apos;s postgresql:// URL.</source>
        <translation>--to phải là địa chỉ postgresql:// của sổ dùng chung.</translation>
    </message>
    <message>
        <source>Moved into %1: %2; %3 audit entries (the desk&apos;s head %4).</source>
        <translation>Đã chuyển vào %1: %2; %3 mục nhật ký kiểm tra (điểm cuối của máy trạm %4).</translation>
    </message>
    <message>
        <source>The shared audit log does not verify after the move:</source>
        <translation>Nhật ký kiểm tra dùng chung không nguyên vẹn sau khi chuyển:</translation>
    </message>
    <message>
        <source>The shared audit log verifies: %1 entries.</source>
        <translation>Nhật ký kiểm tra dùng chung nguyên vẹn: %1 mục.</translation>
    </message>
    <message>
        <source>casebook needs a subcommand.</source>
        <translation>casebook cần một lệnh con.</translation>
    </message>
    <message>
        <source>Unknown casebook subcommand: %1</source>
        <translation>Không có lệnh con casebook: %1</translation>
    </message>
    <message>
        <source>The casebook: a SQLite file (default: %1) or the Department&apos;s postgresql://USER@HOST:PORT/DB?sslmode=… (password from PGPASSWORD or the keychain).</source>
        <translation>Sổ hồ sơ vụ việc: một tệp SQLite (mặc định: %1) hoặc sổ của Sở postgresql://TÀI_KHOẢN@MÁY_CHỦ:CỔNG/CSDL?sslmode=… (mật khẩu lấy từ PGPASSWORD hoặc kho mật khẩu).</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain, or export its entries as CSV</source>
        <translation>kiểm tra chuỗi băm của nhật ký kiểm tra, hoặc xuất các mục ra CSV</translation>
    </message>
    <message>
        <source>set up the Department&apos;s shared casebook and give logins their roles</source>
        <translation>thiết lập sổ hồ sơ vụ việc dùng chung của Sở và cấp vai trò cho các tài khoản</translation>
    </message>
    <message>
        <source>Lists the issuing bodies by period: a document carries the body in force on its date.</source>
        <translation>Liệt kê các cơ quan ban hành theo giai đoạn: văn bản mang cơ quan có hiệu lực vào ngày của văn bản.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format nhận text hoặc json.</translation>
    </message>
    <message>
        <source>[in force today]</source>
        <translation>[đang có hiệu lực]</translation>
    </message>
    <message>
        <source>Adds the next issuing body: documents signed from its date carry it (a signatory&apos;s action, audited as issuer.add). Periods are never changed or removed.</source>
        <translation>Thêm cơ quan ban hành tiếp theo: văn bản ký từ ngày đó mang cơ quan này (việc của người ký, ghi nhật ký là issuer.add). Các giai đoạn không bao giờ bị sửa hay xóa.</translation>
    </message>
    <message>
        <source>The first day the body issues documents, YYYY-MM-DD.</source>
        <translation>Ngày đầu tiên cơ quan ban hành văn bản, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The parent body, header line 1 (UBND THÀNH PHỐ HUẾ).</source>
        <translation>Cơ quan chủ quản, dòng 1 của tiêu đề (UBND THÀNH PHỐ HUẾ).</translation>
    </message>
    <message>
        <source>The issuing body, header line 2 (SỞ KHOA HỌC VÀ CÔNG NGHỆ).</source>
        <translation>Cơ quan ban hành, dòng 2 của tiêu đề (SỞ KHOA HỌC VÀ CÔNG NGHỆ).</translation>
    </message>
    <message>
        <source>The body&apos;s code in numbers, letters and digits (SKHCN).</source>
        <translation>Chữ viết tắt của cơ quan trong số văn bản, gồm chữ và số (SKHCN).</translation>
    </message>
    <message>
        <source>The body in running text (Sở Khoa học và Công nghệ).</source>
        <translation>Tên cơ quan trong nội dung văn bản (Sở Khoa học và Công nghệ).</translation>
    </message>
    <message>
        <source>The place of the date line (Huế).</source>
        <translation>Địa danh ở dòng ngày tháng (Huế).</translation>
    </message>
    <message>
        <source>issuer add needs --%1.</source>
        <translation>issuer add cần --%1.</translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-07-01.</source>
        <translation>--from nhận một ngày, ví dụ 2026-07-01.</translation>
    </message>
    <message>
        <source>Documents signed from %1 are issued by %2 (%3 / %4, code %5, place %6).</source>
        <translation>Văn bản ký từ ngày %1 do %2 ban hành (%3 / %4, chữ viết tắt %5, địa danh %6).</translation>
    </message>
    <message>
        <source>issuer needs a subcommand.</source>
        <translation>issuer cần một lệnh con.</translation>
    </message>
    <message>
        <source>Unknown issuer subcommand: %1</source>
        <translation>Lệnh con của issuer không hợp lệ: %1</translation>
    </message>
    <message>
        <source>list the issuing bodies by period, or add the next one</source>
        <translation>liệt kê cơ quan ban hành theo giai đoạn, hoặc thêm giai đoạn tiếp theo</translation>
    </message>
    <message>
        <source>Sign the draft: give it its number, freeze it and keep its PDF&apos;s SHA-256. With --signing-key the PDF is signed digitally (PAdES) first; without, it is to be signed on paper.</source>
        <translation>Ký dự thảo: cấp số, khóa văn bản và lưu SHA-256 của tệp PDF. Có --signing-key thì tệp PDF được ký số (PAdES) trước; không có thì văn bản được ký trên giấy.</translation>
    </message>
    <message>
        <source>The signer&apos;s key: a PKCS#11 URI (&quot;pkcs11:token=…;object=…&quot;, see p11tool --list-tokens) or a PKCS#12 file. The PIN is read from SIGNWATCH_SIGNING_PIN or asked on the terminal.</source>
        <translation>Khóa của người ký: một địa chỉ PKCS#11 (&quot;pkcs11:token=…;object=…&quot;, xem p11tool --list-tokens) hoặc một tệp PKCS#12. Mã PIN được đọc từ SIGNWATCH_SIGNING_PIN hoặc hỏi trên cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module (.so); default: p11-kit&apos;s proxy.</source>
        <translation>Mô-đun PKCS#11 của thiết bị ký (.so); mặc định: mô-đun trung gian của p11-kit.</translation>
    </message>
    <message>
        <source>The signer&apos;s signature image (PNG); default: a text appearance.</source>
        <translation>Hình ảnh chữ ký của người ký (PNG); mặc định: hiển thị bằng chữ.</translation>
    </message>
    <message>
        <source>A time-stamping authority (RFC 3161): the signature becomes PAdES B-T.</source>
        <translation>Dịch vụ cấp dấu thời gian (RFC 3161): chữ ký trở thành PAdES B-T.</translation>
    </message>
    <message>
        <source>--signing-key, --pkcs11-module, --signature-image and --timestamp-url go with --sign.</source>
        <translation>--signing-key, --pkcs11-module, --signature-image và --timestamp-url chỉ dùng cùng --sign.</translation>
    </message>
    <message>
        <source>--pkcs11-module, --signature-image and --timestamp-url need --signing-key.</source>
        <translation>--pkcs11-module, --signature-image và --timestamp-url cần có --signing-key.</translation>
    </message>
    <message>
        <source>Signed %1 digitally by %2, SHA-256 %3.</source>
        <translation>Đã ký số %1, người ký %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Signed %1, SHA-256 %2: to be signed on paper.</source>
        <translation>Đã ký %1, SHA-256 %2: cần ký trên giấy.</translation>
    </message>
    <message>
        <source>The PIN of %1 is needed: set SIGNWATCH_SIGNING_PIN, or run the command on a terminal to be asked for it.</source>
        <translation>Cần mã PIN của %1: đặt biến SIGNWATCH_SIGNING_PIN, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.</translation>
    </message>
    <message>
        <source>The terminal&apos;s echo cannot be turned off to read the PIN; set SIGNWATCH_SIGNING_PIN instead.</source>
        <translation>Không tắt được hiển thị ký tự của cửa sổ dòng lệnh để đọc mã PIN; hãy đặt SIGNWATCH_SIGNING_PIN.</translation>
    </message>
    <message>
        <source>PIN or passphrase of %1: </source>
        <translation>Mã PIN hoặc mật khẩu của %1: </translation>
    </message>
    <message>
        <source>No PIN given: nothing signed.</source>
        <translation>Chưa nhập mã PIN: không ký gì.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 has no signature.</source>
        <translation>%1 không có chữ ký số.</translation>
    </message>
    <message>
        <source>Signature %1 of %2 (%3): %4</source>
        <translation>Chữ ký %1/%2 (%3): %4</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Tổ chức cấp chứng thư:</translation>
    </message>
    <message>
        <source>Signed at (claimed):</source>
        <translation>Thời điểm ký (tự khai):</translation>
    </message>
    <message>
        <source>Time-stamp:</source>
        <translation>Dấu thời gian:</translation>
    </message>
    <message>
        <source>Intact:</source>
        <translation>Nguyên vẹn:</translation>
    </message>
    <message>
        <source>covers the whole file:</source>
        <translation>bao trùm toàn bộ tệp:</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Tin cậy:</translation>
    </message>
    <message>
        <source>certificate valid at signing time:</source>
        <translation>chứng thư còn hiệu lực khi ký:</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Thu hồi:</translation>
    </message>
    <message>
        <source>The file was changed after its last signature.</source>
        <translation>Tệp đã bị thay đổi sau chữ ký cuối cùng.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>không có chữ ký</translation>
    </message>
    <message>
        <source>The PDF to check.</source>
        <translation>Tệp PDF cần kiểm tra.</translation>
    </message>
    <message>
        <source>A trusted CA certificate (PEM, one or more certificates); may be repeated.</source>
        <translation>Chứng thư CA tin cậy (PEM, một hoặc nhiều chứng thư); có thể lặp lại.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>check a PDF&apos;s digital signatures (who, when, intact, trusted)</source>
        <translation>kiểm tra chữ ký số của tệp PDF (ai ký, khi nào, nguyên vẹn, tin cậy)</translation>
    </message>
    <message>
        <source>Checks the digital signatures (PAdES) of a PDF: for each, who signed (subject, issuer), when, whether the bytes it covers are intact and cover the whole file, and whether the certificate chains to a trusted anchor and was valid at the signing time. Exit 0: all valid; 1: broken, altered or unsigned; 3: intact but not trusted. The signer&apos;s certificate is checked for revocation with its OCSP responder, else its CRL (http, a few seconds at most); --offline skips it.</source>
        <translation>Kiểm tra các chữ ký số (PAdES) của một tệp PDF: với mỗi chữ ký, ai ký (chủ thể, tổ chức cấp), khi nào, phần dữ liệu được ký có nguyên vẹn và bao trùm toàn bộ tệp không, chứng thư có nối được tới một chứng thư gốc tin cậy và còn hiệu lực vào thời điểm ký không. Mã thoát 0: tất cả hợp lệ; 1: hỏng, bị sửa hoặc không có chữ ký; 3: nguyên vẹn nhưng không tin cậy. Chứng thư của người ký được kiểm tra thu hồi qua dịch vụ OCSP, nếu không có thì qua CRL (http, tối đa vài giây); --offline bỏ qua bước này.</translation>
    </message>
    <message>
        <source>Do not ask OCSP responders or fetch CRLs (revocation: not checked).</source>
        <translation>Không hỏi dịch vụ OCSP và không tải CRL (thu hồi: chưa kiểm tra).</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli verify FILE.pdf [--trust CA.pem …] [--format text|json] [--offline]</source>
        <translation>Cách dùng: signwatch-cli verify TỆP.pdf [--trust CA.pem …] [--format text|json] [--offline]</translation>
    </message>
    <message>
        <source>The day the provider&apos;s removal from the programme takes effect (yyyy-MM-dd): the Department&apos;s decision, required before signing.</source>
        <translation>Ngày doanh nghiệp bị loại khỏi chương trình có hiệu lực (yyyy-MM-dd): quyết định của Sở, bắt buộc trước khi ký.</translation>
    </message>
    <message>
        <source>--exclusion-date takes a date as yyyy-MM-dd, e.g. 2024-01-15.</source>
        <translation>--exclusion-date nhận ngày dạng yyyy-MM-dd, ví dụ 2024-01-15.</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli issuer list [--casebook PATH|URL] [--format text|json]
       signwatch-cli issuer add --from YYYY-MM-DD --parent TEXT --body TEXT --code CODE --in-text TEXT --place TEXT --address TEXT [--casebook PATH|URL]
       signwatch-cli issuer address --from YYYY-MM-DD --address TEXT [--casebook PATH|URL]</source>
        <translation>Cách dùng: signwatch-cli issuer list [--casebook TỆP|URL] [--format text|json]
       signwatch-cli issuer add --from YYYY-MM-DD --parent VĂN_BẢN --body VĂN_BẢN --code MÃ --in-text VĂN_BẢN --place VĂN_BẢN --address VĂN_BẢN [--casebook TỆP|URL]
       signwatch-cli issuer address --from YYYY-MM-DD --address VĂN_BẢN [--casebook TỆP|URL]</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>chưa ghi địa chỉ</translation>
    </message>
    <message>
        <source>The body&apos;s seat, where minutes are drawn up by default.</source>
        <translation>Địa chỉ trụ sở của cơ quan, nơi mặc định lập biên bản.</translation>
    </message>
    <message>
        <source>Records the address of an issuing body&apos;s seat, where minutes are drawn up (a signatory&apos;s action, audited as issuer.address). The address is the only thing of a period that changes.</source>
        <translation>Ghi địa chỉ trụ sở của một cơ quan ban hành, nơi lập biên bản (việc của người ký văn bản, ghi nhật ký với tên issuer.address). Địa chỉ là thông tin duy nhất của một giai đoạn được phép thay đổi.</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD.</source>
        <translation>Ngày đầu tiên của giai đoạn, dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The address of the body&apos;s seat.</source>
        <translation>Địa chỉ trụ sở của cơ quan.</translation>
    </message>
    <message>
        <source>issuer address needs --%1.</source>
        <translation>Lệnh issuer address cần --%1.</translation>
    </message>
    <message>
        <source>--from takes a date such as 2025-03-01.</source>
        <translation>--from nhận một ngày, ví dụ 2025-03-01.</translation>
    </message>
    <message>
        <source>%1 (%2, from %3) has its seat at %4.</source>
        <translation>%1 (%2, từ ngày %3) có trụ sở tại %4.</translation>
    </message>
    <message>
        <source>The findings store to count violations from (default: the console&apos;s, %1; without a scan the report leaves the violations out).</source>
        <translation>Kho kết quả quét dùng để đếm vi phạm (mặc định: kho của ứng dụng, %1; chưa có lần quét thì báo cáo không có phần vi phạm).</translation>
    </message>
    <message>
        <source>The casebook to count cases and measures from (a SQLite file or a postgresql:// URL; default: the console&apos;s; without one the report leaves casework out).</source>
        <translation>Sổ hồ sơ vụ việc dùng để đếm vụ việc và biện pháp xử lý (một tệp SQLite hoặc địa chỉ postgresql://; mặc định: sổ của ứng dụng; không có sổ thì báo cáo không có phần xử lý vụ việc).</translation>
    </message>
    <message>
        <source>Write the assessment and proposals drafted from the figures, the signer and the recipients to this JSON file, to edit and pass back with --draft-in.</source>
        <translation>Ghi phần đánh giá và đề xuất soạn sẵn từ số liệu, người ký và nơi nhận ra tệp JSON này để chỉnh sửa rồi đưa lại bằng --draft-in.</translation>
    </message>
    <message>
        <source>The edited draft (JSON, as --draft-out writes it): its texts, signer and recipients replace the drafted ones.</source>
        <translation>Bản dự thảo đã chỉnh sửa (JSON, như --draft-out ghi ra): nội dung, người ký và nơi nhận trong đó thay cho phần soạn sẵn.</translation>
    </message>
    <message>
        <source>The signer&apos;s full name (default: the Reports page&apos;s).</source>
        <translation>Họ và tên người ký (mặc định: như trên trang Báo cáo).</translation>
    </message>
    <message>
        <source>The signer&apos;s title (default: the Reports page&apos;s, else PHÓ GIÁM ĐỐC, signing KT. GIÁM ĐỐC).</source>
        <translation>Chức vụ người ký (mặc định: như trên trang Báo cáo, nếu không có thì PHÓ GIÁM ĐỐC, ký thay KT. GIÁM ĐỐC).</translation>
    </message>
    <message>
        <source>The authority line above the title (e.g. KT. GIÁM ĐỐC); default: a deputy signs for the head.</source>
        <translation>Dòng thẩm quyền ký phía trên chức vụ (ví dụ KT. GIÁM ĐỐC); mặc định: cấp phó ký thay người đứng đầu.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read: %2</source>
        <translation>Không đọc được bản dự thảo %1: %2</translation>
    </message>
    <message>
        <source>Violations: the findings store %1 (scan of %2).</source>
        <translation>Vi phạm: lấy từ kho kết quả quét %1 (lần quét %2).</translation>
    </message>
    <message>
        <source>Violations left out: the findings store %1 holds no scan of this registry.</source>
        <translation>Không có phần vi phạm: kho kết quả quét %1 chưa có lần quét nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Cases and measures: the casebook %1.</source>
        <translation>Vụ việc và biện pháp xử lý: lấy từ sổ hồ sơ vụ việc %1.</translation>
    </message>
    <message>
        <source>Cases and measures left out: there is no casebook at %1.</source>
        <translation>Không có phần vụ việc và biện pháp xử lý: không có sổ hồ sơ vụ việc tại %1.</translation>
    </message>
    <message>
        <source>The signature block has no name: give --signer-name.</source>
        <translation>Phần chữ ký chưa có họ tên người ký: hãy dùng --signer-name.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be written: %2</source>
        <translation>Không ghi được bản dự thảo %1: %2</translation>
    </message>
    <message>
        <source>Draft written: %1</source>
        <translation>Đã ghi bản dự thảo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence row(s) given the earlier certificate from the registry.</source>
        <translation>
            <numerusform>Đã bổ sung chứng thư có trước từ cơ sở dữ liệu cho %Ln dòng chứng cứ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1 for writing.</source>
        <translation>Không mở được %1 để ghi.</translation>
    </message>
    <message>
        <source>Could not write to %1.</source>
        <translation>Không ghi được vào %1.</translation>
    </message>
    <message>
        <source>Watches a registry: after one full scan, polls it and prints every finding that becomes true or stops being true, as a JSON line of the scan&apos;s form with &quot;event&quot;: &quot;new&quot; or &quot;resolved&quot;. Stops on Ctrl+C.</source>
        <translation>Theo dõi trực tiếp một cơ sở dữ liệu: sau một lần quét toàn bộ, định kỳ hỏi lại và in mỗi vi phạm mới phát sinh hoặc không còn nữa, mỗi vi phạm một dòng JSON theo dạng của lệnh quét, thêm &quot;event&quot;: &quot;new&quot; hoặc &quot;resolved&quot;. Dừng bằng Ctrl+C.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 5).</source>
        <translation>Số giây giữa hai lần hỏi lại (mặc định 5).</translation>
    </message>
    <message>
        <source>Append the events to this file instead of printing them.</source>
        <translation>Ghi nối các sự kiện vào tệp này thay vì in ra.</translation>
    </message>
    <message>
        <source>Keep the watch&apos;s watermark in this file and resume from it when started again: what happened in between is reported.</source>
        <translation>Lưu mốc theo dõi vào tệp này và tiếp tục từ mốc đó khi chạy lại: những gì xảy ra trong thời gian dừng sẽ được báo.</translation>
    </message>
    <message>
        <source>Seconds before the last poll that are looked at again, for records committed late (default 300).</source>
        <translation>Số giây trước lần hỏi trước được xem lại, cho các bản ghi được ghi muộn (mặc định 300).</translation>
    </message>
    <message>
        <source>Seconds between full scans that catch what no time column shows, such as deleted rows (default 3600; 0: never).</source>
        <translation>Số giây giữa hai lần quét toàn bộ để bắt những thay đổi không có cột thời gian nào cho thấy, như dòng bị xóa (mặc định 3600; 0: không bao giờ).</translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until stopped).</source>
        <translation>Dừng sau chừng ấy lần hỏi lại (mặc định: chạy đến khi bị dừng).</translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds, 1 or more.</source>
        <translation>--interval nhận một số giây nguyên, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>--margin takes a whole number of seconds.</source>
        <translation>--margin nhận một số giây nguyên.</translation>
    </message>
    <message>
        <source>--reconcile takes a whole number of seconds.</source>
        <translation>--reconcile nhận một số giây nguyên.</translation>
    </message>
    <message>
        <source>--polls takes a whole number.</source>
        <translation>--polls nhận một số nguyên.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 resolved (%4 rows changed, %5 ms).</source>
        <translation>%1: %2 vi phạm mới, %3 vi phạm không còn (%4 dòng thay đổi, %5 ms).</translation>
    </message>
    <message numerus="yes">
        <source>Resumed from %1: %Ln finding(s) now.</source>
        <translation>
            <numerusform>Tiếp tục từ %1: hiện có %Ln vi phạm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned as of %1: %Ln finding(s).</source>
        <translation>
            <numerusform>Đã quét tại thời điểm %1: %Ln vi phạm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 every %2 s; Ctrl+C stops.</source>
        <translation>Đang theo dõi %1, %2 giây một lần; Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>The registry did not answer (%1); trying again in %2 s.</source>
        <translation>Cơ sở dữ liệu không trả lời (%1); thử lại sau %2 giây.</translation>
    </message>
    <message>
        <source>The registry answers again; nothing was missed.</source>
        <translation>Cơ sở dữ liệu đã trả lời trở lại; không bỏ sót thay đổi nào.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %1: %Ln finding(s).</source>
        <translation>
            <numerusform>Đã dừng lúc %1: %Ln vi phạm.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch a registry live: every finding that becomes or stops being true</source>
        <translation>theo dõi trực tiếp một cơ sở dữ liệu: mọi vi phạm mới phát sinh hoặc không còn nữa</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The PostgreSQL driver cannot pass a %1 that contains &quot;;&quot;: rename the file (or change the passphrase).</source>
        <translation>Trình điều khiển PostgreSQL không thể truyền %1 có chứa “;”: hãy đổi tên tệp (hoặc đổi cụm mật khẩu).</translation>
    </message>
    <message>
        <source>Could not make an encrypted connection to %1:%2 (sslmode=%3): the server offers no TLS, or its certificate is not signed by the CA you chose or was not issued to this host, or a certificate file is missing. No password was sent.</source>
        <translation>Không thể tạo kết nối mã hóa tới %1:%2 (sslmode=%3): máy chủ không hỗ trợ TLS, hoặc chứng thư của máy chủ không do CA bạn chọn ký hay không cấp cho máy chủ này, hoặc thiếu một tệp chứng thư. Mật khẩu chưa được gửi đi.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the session settings.</source>
        <translation>Máy chủ PostgreSQL không chấp nhận các thiết lập của phiên làm việc.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Writes a demo registry of the 2023–2024 Thừa Thiên Huế campaign, with planted violations of every rule.</source>
        <translation>Tạo cơ sở dữ liệu mẫu của chiến dịch 2023–2024 tại Thừa Thiên Huế, có cài sẵn vi phạm cho mọi quy tắc.</translation>
    </message>
    <message>
        <source>Number of citizens (default: the province&apos;s 1,166,547).</source>
        <translation>Số công dân (mặc định: 1.166.547, bằng dân số toàn tỉnh).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same registry.</source>
        <translation>Giá trị khởi tạo ngẫu nhiên (seed): cùng một giá trị sẽ tạo ra cùng một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Where to write: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>Nơi ghi: sqlite:FILE hoặc postgresql://USER@HOST:PORT/DB (mật khẩu lấy từ PGPASSWORD hoặc kho mật khẩu của hệ thống).</translation>
    </message>
    <message>
        <source>Replace the registry tables the target already holds.</source>
        <translation>Thay thế các bảng dữ liệu đã có ở nơi ghi.</translation>
    </message>
    <message>
        <source>--citizens must be a whole number between %L1 and %L2.</source>
        <translation>--citizens phải là số nguyên từ %L1 đến %L2.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed phải là số nguyên từ 0 đến 18446744073709551615.</translation>
    </message>
    <message>
        <source>Name the target with --out sqlite:FILE or --out postgresql://USER@HOST:PORT/DB.</source>
        <translation>Chỉ định nơi ghi bằng --out sqlite:FILE hoặc --out postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Planted findings: %1</source>
        <translation>Vi phạm cài sẵn: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 providers, %3 citizens, %4 certificates, %5 service requests, %6 look-ups (%7 planted findings, seed %8) in %9 s.</source>
        <translation>Đã ghi %1: %2 doanh nghiệp, %3 công dân, %4 chứng thư, %5 đăng ký nhu cầu, %6 lượt tra cứu (%7 vi phạm cài sẵn, seed %8) trong %9 giây.</translation>
    </message>
    <message>
        <source>Generation cancelled: nothing was written.</source>
        <translation>Đã hủy việc tạo dữ liệu: chưa ghi dữ liệu nào.</translation>
    </message>
    <message>
        <source>The demo registry needs a connection that may write.</source>
        <translation>Cơ sở dữ liệu mẫu cần một kết nối có quyền ghi.</translation>
    </message>
    <message>
        <source>The number of citizens must be between %L1 and %L2.</source>
        <translation>Số công dân phải nằm trong khoảng từ %L1 đến %L2.</translation>
    </message>
    <message>
        <source>Creating tables</source>
        <translation>Đang tạo bảng</translation>
    </message>
    <message>
        <source>Writing citizens, certificates, requests and look-ups</source>
        <translation>Đang ghi công dân, chứng thư, đăng ký nhu cầu và lượt tra cứu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Could not start writing the registry.</source>
        <translation>Không thể bắt đầu ghi vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not prepare the inserts.</source>
        <translation>Không thể chuẩn bị các lệnh chèn dữ liệu.</translation>
    </message>
    <message>
        <source>Could not write rows into %1.</source>
        <translation>Không thể ghi các dòng vào %1.</translation>
    </message>
    <message>
        <source>Creating indexes</source>
        <translation>Đang tạo chỉ mục</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Đã hủy việc tạo dữ liệu.</translation>
    </message>
    <message>
        <source>Could not create an index.</source>
        <translation>Không thể tạo chỉ mục.</translation>
    </message>
    <message>
        <source>Could not save the registry.</source>
        <translation>Không thể lưu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Updating statistics</source>
        <translation>Đang cập nhật thống kê</translation>
    </message>
    <message>
        <source>Could not analyse the registry.</source>
        <translation>Không thể phân tích cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not list the tables of the registry.</source>
        <translation>Không thể liệt kê các bảng của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The target already holds registry tables (%1). Choose another target, or replace them.</source>
        <translation>Nơi ghi đã có các bảng dữ liệu (%1). Hãy chọn nơi ghi khác hoặc thay thế các bảng này.</translation>
    </message>
    <message>
        <source>Could not drop the old table %1.</source>
        <translation>Không thể xóa bảng cũ %1.</translation>
    </message>
    <message>
        <source>Could not create the registry tables.</source>
        <translation>Không thể tạo các bảng dữ liệu.</translation>
    </message>
    <message>
        <source>The SQLite file refused the loading settings.</source>
        <translation>Tệp SQLite không chấp nhận các thiết lập nạp dữ liệu.</translation>
    </message>
    <message>
        <source>Could not write a row into %1.</source>
        <translation>Không thể ghi một dòng vào %1.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Another run is writing %1 (lock file %2.partial.lock).</source>
        <translation>Một lần chạy khác đang ghi %1 (tệp khóa %2.partial.lock).</translation>
    </message>
    <message>
        <source>Could not remove %1, left by an earlier run.</source>
        <translation>Không thể xóa %1 do một lần chạy trước để lại.</translation>
    </message>
    <message>
        <source>Could not reopen %1 to finish it.</source>
        <translation>Không thể mở lại %1 để hoàn tất.</translation>
    </message>
    <message>
        <source>Could not write %1 to disk.</source>
        <translation>Không thể ghi %1 xuống đĩa.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Không thể đổi tên %1 thành %2.</translation>
    </message>
    <message>
        <source>The demo feed needs a connection that may write.</source>
        <translation>Nguồn dữ liệu mẫu trực tiếp cần một kết nối được phép ghi.</translation>
    </message>
    <message>
        <source>The demo registry %1 no longer meets the data contract.</source>
        <translation>Cơ sở dữ liệu mẫu %1 không còn đúng quy ước dữ liệu.</translation>
    </message>
    <message>
        <source>The demo registry has no citizen to feed.</source>
        <translation>Cơ sở dữ liệu mẫu không có công dân nào để tạo hoạt động.</translation>
    </message>
    <message>
        <source>Could not mark the demo registry.</source>
        <translation>Không đánh dấu được cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>%1 was not made by signwatch-cli demo (it has no %2 table): demo feed adds invented activity to demo registries only, never to a real one.</source>
        <translation>%1 không do signwatch-cli demo tạo ra (không có bảng %2): demo feed chỉ thêm hoạt động giả lập vào cơ sở dữ liệu mẫu, không bao giờ vào cơ sở dữ liệu thật.</translation>
    </message>
    <message>
        <source>Could not read the demo&apos;s mark.</source>
        <translation>Không đọc được dấu của cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The demo&apos;s mark in %1 is damaged: make the demo again.</source>
        <translation>Dấu của cơ sở dữ liệu mẫu trong %1 bị hỏng: hãy tạo lại cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Could not read the registry.</source>
        <translation>Không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not update a row of %1.</source>
        <translation>Không cập nhật được một dòng của %1.</translation>
    </message>
    <message>
        <source>Could not read the citizens.</source>
        <translation>Không đọc được danh sách công dân.</translation>
    </message>
    <message>
        <source>Could not read the certificates.</source>
        <translation>Không đọc được danh sách chứng thư số.</translation>
    </message>
    <message>
        <source>Could not read the providers.</source>
        <translation>Không thể đọc danh sách doanh nghiệp.</translation>
    </message>
    <message>
        <source>Plant violations at N times the demo&apos;s rates (default 1; the benchmark uses 15).</source>
        <translation>Tạo vi phạm với tỷ lệ gấp N lần tỷ lệ của dữ liệu mẫu (mặc định 1; phép đo hiệu năng dùng 15).</translation>
    </message>
    <message>
        <source>--violation-rate must be a whole number from 1 to %1.</source>
        <translation>--violation-rate phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>The violation rate must be between 1 and %1.</source>
        <translation>Tỷ lệ vi phạm phải từ 1 đến %1.</translation>
    </message>
</context>
<context>
    <name>DemoFeed</name>
    <message>
        <source>Fed %1 events in %2 s: %3 look-ups, %4 requests registered (%5 completed, %6 cancelled), %7 certificates recorded, %8 activated later, %9 revoked, %10 identities registered again.</source>
        <translation>Đã thêm %1 sự kiện trong %2 giây: %3 lượt tra cứu, %4 đăng ký nhu cầu (%5 hoàn thành, %6 hủy), %7 chứng thư được cập nhật, %8 kích hoạt sau, %9 thu hồi, %10 danh tính đăng ký lại.</translation>
    </message>
    <message>
        <source>Violations begun: %1</source>
        <translation>Vi phạm đã bắt đầu: %1</translation>
    </message>
    <message>
        <source>Near misses begun: %1</source>
        <translation>Trường hợp sát ngưỡng đã bắt đầu: %1</translation>
    </message>
    <message>
        <source>%1 later steps were still waiting and are not written (requests left open expire after 48 hours, as on Hue-S).</source>
        <translation>%1 bước sau còn đang chờ và không được ghi (đăng ký nhu cầu còn mở sẽ quá hạn sau 48 giờ, như trên Hue-S).</translation>
    </message>
    <message>
        <source>Keeps adding Hue-S activity to a registry made by signwatch-cli demo: look-ups, requests, issuances, technical errors, revocations, switches of provider, and violations at the demo&apos;s rates, stamped with the current time. Runs until Ctrl+C, --count or --duration. Refuses any registry that the demo command did not make.</source>
        <translation>Liên tục thêm hoạt động Hue-S vào cơ sở dữ liệu do signwatch-cli demo tạo: tra cứu, đăng ký nhu cầu, cấp chứng thư, lỗi kỹ thuật, thu hồi, chuyển doanh nghiệp và vi phạm theo tỷ lệ của dữ liệu mẫu, ghi thời gian hiện tại. Chạy đến khi Ctrl+C, --count hoặc --duration. Từ chối mọi cơ sở dữ liệu không do lệnh demo tạo.</translation>
    </message>
    <message>
        <source>The demo registry: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>Cơ sở dữ liệu mẫu: sqlite:TỆP hoặc postgresql://USER@HOST:PORT/DB (mật khẩu lấy từ PGPASSWORD hoặc kho mật khẩu).</translation>
    </message>
    <message>
        <source>Events per second (default 2).</source>
        <translation>Số sự kiện mỗi giây (mặc định 2).</translation>
    </message>
    <message>
        <source>Stop after N events.</source>
        <translation>Dừng sau N sự kiện.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Dừng sau chừng ấy giây.</translation>
    </message>
    <message>
        <source>Random seed of the feed&apos;s choices (default: from the clock, a different story each run).</source>
        <translation>Giá trị khởi tạo ngẫu nhiên cho các lựa chọn (mặc định: lấy từ đồng hồ, mỗi lần chạy một khác).</translation>
    </message>
    <message>
        <source>Multiply the demo&apos;s violation rates (default 1: the demo&apos;s own; more shows findings sooner).</source>
        <translation>Nhân tỷ lệ vi phạm của dữ liệu mẫu (mặc định 1: tỷ lệ của dữ liệu mẫu; lớn hơn thì vi phạm xuất hiện sớm hơn).</translation>
    </message>
    <message>
        <source>--rate must be a number of events per second above 0 and at most 10000.</source>
        <translation>--rate phải là số sự kiện mỗi giây lớn hơn 0 và không quá 10000.</translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation>Chỉ dùng --count hoặc --duration, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1.</source>
        <translation>--count phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration phải là số giây lớn hơn 0.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed phải là số nguyên từ 0 đến 18446744073709551615.</translation>
    </message>
    <message>
        <source>--violation-scale must be a number from 0 to 1000.</source>
        <translation>--violation-scale phải là số từ 0 đến 1000.</translation>
    </message>
    <message>
        <source>Name the demo registry with --db sqlite:FILE or --db postgresql://USER@HOST:PORT/DB.</source>
        <translation>Hãy chỉ định cơ sở dữ liệu mẫu bằng --db sqlite:TỆP hoặc --db postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>%1 does not exist: make it first with signwatch-cli demo --out %2.</source>
        <translation>%1 không tồn tại: hãy tạo trước bằng signwatch-cli demo --out %2.</translation>
    </message>
    <message>
        <source>Feeding %1 (a demo of %2 citizens, seed %3) at %4 events per second; Ctrl+C stops.</source>
        <translation>Đang thêm hoạt động vào %1 (dữ liệu mẫu %2 công dân, seed %3), %4 sự kiện mỗi giây; Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>The registry is busy (a long read): waiting to write.</source>
        <translation>Cơ sở dữ liệu đang bận (một lượt đọc dài): đang chờ để ghi.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document font %1 cannot be loaded.</source>
        <translation>Không thể nạp phông chữ văn bản %1.</translation>
    </message>
    <message>
        <source>Printing documents needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>In văn bản cần một QGuiApplication (dùng QT_QPA_PLATFORM=offscreen nếu không có màn hình).</translation>
    </message>
    <message>
        <source>This is not a %1 draft.</source>
        <translation>Đây không phải là bản dự thảo %1.</translation>
    </message>
    <message>
        <source>The draft has format version %1; this SignWatch reads versions up to %2.</source>
        <translation>Bản dự thảo có định dạng phiên bản %1; phiên bản SignWatch này chỉ đọc được đến phiên bản %2.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>Không thể ghi tệp PDF.</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>số văn bản</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>the time of the meeting</source>
        <translation>thời gian họp</translation>
    </message>
    <message>
        <source>the place of the meeting</source>
        <translation>địa điểm họp</translation>
    </message>
    <message>
        <source>the Department&apos;s participants</source>
        <translation>thành phần tham dự của Sở</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>the violations</source>
        <translation>các vi phạm</translation>
    </message>
    <message>
        <source>the closing time</source>
        <translation>thời gian kết thúc</translation>
    </message>
    <message>
        <source>the minutes it cites</source>
        <translation>biên bản được dẫn chiếu</translation>
    </message>
    <message>
        <source>the exclusion date</source>
        <translation>ngày loại khỏi chương trình</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>người ký</translation>
    </message>
    <message>
        <source>The announcement is published: it must not contain a citizen&apos;s id (&quot;%1&quot;).</source>
        <translation>Thông báo được công bố công khai: không được chứa số định danh của công dân (“%1”).</translation>
    </message>
    <message>
        <source>The file is not a draft of minutes or of an announcement.</source>
        <translation>Tệp này không phải là bản dự thảo biên bản hoặc thông báo.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1.</source>
        <translation>Không thể lưu tệp PDF vào %1.</translation>
    </message>
    <message>
        <source>The document has no valid date to choose its issuing body by.</source>
        <translation>Văn bản không có ngày hợp lệ để xác định cơ quan ban hành.</translation>
    </message>
    <message>
        <source>No issuing body is recorded.</source>
        <translation>Chưa có cơ quan ban hành nào được ghi.</translation>
    </message>
    <message>
        <source>No issuing body was in force on %1: the first period starts on %2.</source>
        <translation>Không có cơ quan ban hành nào có hiệu lực vào ngày %1: giai đoạn đầu tiên bắt đầu từ %2.</translation>
    </message>
    <message>
        <source>%1 (%2), in force from %3</source>
        <translation>%1 (%2), có hiệu lực từ %3</translation>
    </message>
    <message>
        <source>the date it takes effect</source>
        <translation>ngày có hiệu lực</translation>
    </message>
    <message>
        <source>the parent body</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <source>the issuing body</source>
        <translation>cơ quan ban hành</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>chữ viết tắt</translation>
    </message>
    <message>
        <source>the body in running text</source>
        <translation>tên cơ quan trong nội dung</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Hãy nhập %1.</translation>
    </message>
    <message>
        <source>The code %1 may hold only letters and digits: it joins the document&apos;s number (01/BB-SKHCN).</source>
        <translation>Chữ viết tắt %1 chỉ được gồm chữ và số: nó nằm trong số văn bản (01/BB-SKHCN).</translation>
    </message>
    <message>
        <source>A new period must start after the last one (%1, %2): periods are added in order and never changed.</source>
        <translation>Giai đoạn mới phải bắt đầu sau giai đoạn cuối (%1, %2): các giai đoạn được thêm theo thứ tự và không bao giờ bị sửa.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>địa chỉ trụ sở</translation>
    </message>
    <message>
        <source>the recorder among the Department&apos;s participants</source>
        <translation>thư ký (người ghi biên bản) trong thành phần của Sở</translation>
    </message>
    <message>
        <source>the provider&apos;s representatives</source>
        <translation>người đại diện doanh nghiệp</translation>
    </message>
    <message>
        <source>the provider&apos;s address</source>
        <translation>địa chỉ của doanh nghiệp</translation>
    </message>
    <message>
        <source>the provider&apos;s business registration number</source>
        <translation>mã số doanh nghiệp</translation>
    </message>
    <message>
        <source>the provider&apos;s opinion (recorded, none, or refused to sign)</source>
        <translation>ý kiến của doanh nghiệp (ghi ý kiến, không có ý kiến, hoặc không ký biên bản)</translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>the measures</source>
        <translation>biện pháp xử lý</translation>
    </message>
    <message>
        <source>the date the exclusion takes effect</source>
        <translation>ngày việc loại khỏi chương trình có hiệu lực</translation>
    </message>
    <message>
        <source>the Department&apos;s signatory (name and title)</source>
        <translation>người ký của Sở (họ tên và chức vụ)</translation>
    </message>
    <message>
        <source>the provider&apos;s signatory</source>
        <translation>người ký của doanh nghiệp</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>nơi nhận</translation>
    </message>
</context>
<context>
    <name>DraftFields</name>
    <message>
        <source>not set</source>
        <translation>chưa nhập</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Statement:
%1

Notes:
%2

Outcome: %3
Findings linked: %4</source>
        <translation>Nội dung khiếu nại:
%1

Ghi chú:
%2

Kết quả: %3
Vi phạm liên kết: %4</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy lượt quét.</translation>
    </message>
    <message>
        <source>The districts of the findings&apos; citizens could not be read from the registry.</source>
        <translation>Không thể đọc từ cơ sở dữ liệu địa bàn của các công dân có vi phạm.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificates could not be counted.</source>
        <translation>Không thể đếm các chứng thư trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The records behind the finding could not be read from the registry.</source>
        <translation>Không thể đọc từ cơ sở dữ liệu các bản ghi làm căn cứ cho vi phạm này.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 giờ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3 although the citizen already held a signature recorded on Hue-S (%4): one signature per citizen, and none may be issued once Hue-S shows one.</source>
        <translation>%1 đã cấp chứng thư #%2 vào %3 dù công dân đã có chữ ký số được ghi nhận trên Hue-S (%4): mỗi công dân chỉ có một chữ ký số, và không được cấp thêm khi Hue-S đã ghi nhận một chữ ký số.</translation>
    </message>
    <message>
        <source>Its own look-up on Hue-S within %1 before had answered that the citizen already had a signature.</source>
        <translation>Chính lượt tra cứu của doanh nghiệp trên Hue-S trong vòng %1 trước đó đã cho kết quả là công dân đã có chữ ký số.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 reached Hue-S after another record of the same citizen (%3) that was not revoked: the record on Hue-S decides, so this issuance counts as not made.</source>
        <translation>Chứng thư #%1 của %2 được cập nhật lên Hue-S sau một bản ghi khác của cùng công dân (%3) chưa bị thu hồi: bản ghi trên Hue-S là căn cứ, nên lượt cấp này được xem là chưa cấp.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 reached Hue-S %3 after its activation; Hue-S must be updated at once, and the allowed delay is %4.</source>
        <translation>Chứng thư #%1 của %2 được cập nhật lên Hue-S %3 sau khi kích hoạt; Hue-S phải được cập nhật ngay, và thời gian chậm cho phép là %4.</translation>
    </message>
    <message>
        <source>Request #%1, registered by the citizen with %2, was not served within %3 (deadline %4); it stayed open %5 past the deadline, so the registration expired.</source>
        <translation>Đăng ký nhu cầu #%1 của công dân với %2 không được hỗ trợ trong vòng %3 (hạn %4); đăng ký còn mở %5 sau khi hết hạn nên đã hết hiệu lực.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 is recorded on Hue-S as active but was never activated: confirmed before the signature existed.</source>
        <translation>Chứng thư #%1 của %2 được ghi trên Hue-S là đang hoạt động nhưng chưa bao giờ được kích hoạt: xác nhận trước khi chữ ký số được tạo lập.</translation>
    </message>
    <message>
        <source>%1 marked request #%2 done on %3, but no certificate for it had been activated by then (tolerance %4): confirmed before a successful issuance.</source>
        <translation>%1 đã đánh dấu hoàn thành đăng ký nhu cầu #%2 vào %3, nhưng đến thời điểm đó chưa có chứng thư nào cho đăng ký này được kích hoạt (dung sai %4): xác nhận trước khi cấp thành công.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 was on Hue-S before it was activated on %3 (more than %4 of clock difference): confirmed before the signature existed.</source>
        <translation>Chứng thư #%1 của %2 đã có trên Hue-S trước khi được kích hoạt vào %3 (lệch đồng hồ quá %4): xác nhận trước khi chữ ký số được tạo lập.</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3 without looking the citizen up on Hue-S in the %4 before, as every issuance requires.</source>
        <translation>%1 đã cấp chứng thư #%2 vào %3 mà không tra cứu công dân trên Hue-S trong vòng %4 trước đó, trong khi mọi lượt cấp đều phải tra cứu.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 has been a technical-error record without activation for more than %3 at the scan&apos;s time: it reserves the citizen without giving a signature.</source>
        <translation>Chứng thư #%1 của %2 là bản ghi lỗi kỹ thuật chưa kích hoạt quá %3 tính đến thời điểm quét: bản ghi giữ chỗ công dân mà không cấp chữ ký số.</translation>
    </message>
    <message>
        <source>One staff account of %1 issued %2 door-to-door certificates within %3 either side of %4 (%5 or more make a burst): too fast to show the QR code and guide each household, which suggests pre-entered data; to be checked on the ground.</source>
        <translation>Một tài khoản nhân viên của %1 đã cấp %2 chứng thư tận nhà trong vòng %3 trước và sau %4 (từ %5 lượt trở lên là cấp dồn dập): quá nhanh để xuất trình mã QR và hướng dẫn từng hộ gia đình, có dấu hiệu nhập trước dữ liệu; cần kiểm tra thực tế.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 replaced certificate %3 but records no end of its free period; on a switch the free year continues and should end on %4.</source>
        <translation>Chứng thư #%1 của %2 thay thế chứng thư %3 nhưng không ghi ngày kết thúc thời gian miễn phí; khi chuyển doanh nghiệp, năm miễn phí được tính tiếp và phải kết thúc vào %4.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 replaced certificate %3 but its free period ends on %4 instead of %5: on a switch the free year is neither restarted nor cut short.</source>
        <translation>Chứng thư #%1 của %2 thay thế chứng thư %3 nhưng thời gian miễn phí kết thúc vào %4 thay vì %5: khi chuyển doanh nghiệp, năm miễn phí không được tính lại từ đầu và cũng không bị rút ngắn.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 records no end of its free period; it should run at least until %3 (%4 days from activation).</source>
        <translation>Chứng thư #%1 của %2 không ghi ngày kết thúc thời gian miễn phí; thời gian này phải kéo dài ít nhất đến %3 (%4 ngày kể từ ngày kích hoạt).</translation>
    </message>
    <message>
        <source>The free period of certificate #%1 of %2 ends on %3, before %4 (%5 days from activation): the free year is cut short.</source>
        <translation>Thời gian miễn phí của chứng thư #%1 của %2 kết thúc vào %3, trước %4 (%5 ngày kể từ ngày kích hoạt): năm miễn phí bị rút ngắn.</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3, after it had been removed from the programme.</source>
        <translation>%1 đã cấp chứng thư #%2 vào %3, sau khi đã bị loại khỏi chương trình.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 is labelled as an import of a signature issued before the programme, but it was activated on %3, after the programme had started (or never): a programme issuance disguised as an import.</source>
        <translation>Chứng thư #%1 của %2 được khai là dữ liệu chữ ký số cấp trước chương trình, nhưng được kích hoạt vào %3, sau khi chương trình đã bắt đầu (hoặc chưa bao giờ kích hoạt): chứng thư cấp trong chương trình nhưng khai là dữ liệu cũ.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 was issued under an id one digit (or one swap of adjacent digits) away from that of a citizen with the same name and birth date who already held certificate %3: probably the same person under a mistyped id; to be checked.</source>
        <translation>Chứng thư #%1 của %2 được cấp theo một số định danh chỉ khác một chữ số (hoặc đảo hai chữ số liền kề) so với số định danh của một công dân cùng họ tên và ngày sinh đã có chứng thư %3: có thể là cùng một người nhưng số định danh bị nhập sai; cần kiểm tra.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 cannot be read by the rules (an unknown value, a malformed time or a reference to a missing record); it takes part in no other rule until Hue-S corrects it.</source>
        <translation>Các quy tắc không đọc được dòng %1 của bảng %2 (giá trị không xác định, thời gian sai định dạng hoặc tham chiếu tới bản ghi không tồn tại); dòng này không được xét theo quy tắc nào khác cho đến khi Hue-S sửa lại.</translation>
    </message>
    <message>
        <source>Rule %1 found this record (%2 #%3).</source>
        <translation>Quy tắc %1 phát hiện bản ghi này (%2 #%3).</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be read.</source>
        <translation>Không thể đọc tệp lưu vi phạm của SignWatch.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file %1 could not be opened.</source>
        <translation>Không thể mở tệp lưu vi phạm %1 của SignWatch.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file is not open.</source>
        <translation>Tệp lưu vi phạm của SignWatch chưa được mở.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be prepared.</source>
        <translation>Không thể chuẩn bị tệp lưu vi phạm của SignWatch.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file was written by a newer version of SignWatch.</source>
        <translation>Tệp lưu vi phạm của SignWatch được ghi bởi một phiên bản SignWatch mới hơn.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be updated.</source>
        <translation>Không thể cập nhật tệp lưu vi phạm của SignWatch.</translation>
    </message>
    <message>
        <source>The scan&apos;s findings could not be saved in the console&apos;s findings file.</source>
        <translation>Không thể lưu các vi phạm của lượt quét vào tệp lưu vi phạm của SignWatch.</translation>
    </message>
    <message>
        <source>The live watch&apos;s findings could not be saved in the console&apos;s findings file.</source>
        <translation>Không thể lưu các vi phạm của chế độ theo dõi trực tiếp vào tệp lưu vi phạm của SignWatch.</translation>
    </message>
    <message>
        <source>The cases of the findings could not be prepared in the console&apos;s findings file.</source>
        <translation>Không chuẩn bị được thông tin vụ việc của các vi phạm trong tệp vi phạm của phần mềm.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Supervision console for the Thừa Thiên Huế digital-signature campaign.</source>
        <translation>Phần mềm giám sát chiến dịch cấp chữ ký số tại Thừa Thiên Huế.</translation>
    </message>
    <message>
        <source>Open this registry at start: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from the keychain or PGPASSWORD).</source>
        <translation>Mở cơ sở dữ liệu này khi khởi động: sqlite:PATH hoặc postgresql://USER@HOST:PORT/DB (mật khẩu lấy từ kho mật khẩu của hệ thống hoặc PGPASSWORD).</translation>
    </message>
    <message>
        <source>Open this saved connection profile at start.</source>
        <translation>Mở cấu hình kết nối đã lưu này khi khởi động.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Ngôn ngữ giao diện cho lần chạy này: vi hoặc en.</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Địa chỉ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Cấu hình kết nối</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Không có cấu hình kết nối đã lưu nào tên là “%1”.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The publication outbox in the console&apos;s own data file could not be read or changed.</source>
        <translation>Không thể đọc hoặc thay đổi hàng chờ công bố trong tệp dữ liệu riêng của SignWatch.</translation>
    </message>
    <message>
        <source>A publication needs a document number and a PDF.</source>
        <translation>Việc công bố cần có số văn bản và tệp PDF.</translation>
    </message>
    <message>
        <source>Another document numbered %1 failed to publish. Discard it in the outbox before publishing the corrected one.</source>
        <translation>Một văn bản khác mang số %1 đã công bố không thành công. Hãy loại bỏ văn bản đó khỏi hàng chờ công bố trước khi công bố văn bản đã sửa.</translation>
    </message>
    <message>
        <source>Another document numbered %1 is already published or waiting to be published. A corrected announcement needs a new number.</source>
        <translation>Một văn bản khác mang số %1 đã được công bố hoặc đang chờ công bố. Thông báo đính chính cần có số mới.</translation>
    </message>
    <message>
        <source>The publication is no longer in the outbox.</source>
        <translation>Văn bản không còn trong hàng chờ công bố.</translation>
    </message>
    <message>
        <source>The publication is no longer in the state this change expects (another console may be sending it).</source>
        <translation>Văn bản không còn ở trạng thái mà thao tác này yêu cầu (có thể một máy khác đang gửi văn bản này).</translation>
    </message>
    <message>
        <source>Only a publication the portal refused can be discarded.</source>
        <translation>Chỉ được loại bỏ văn bản đã bị Cổng thông tin điện tử từ chối.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>Không thể đặt %1 ở chế độ chỉ chủ sở hữu được đọc.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>Không thể tạo tệp %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Không thể lưu %1.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Sending was interrupted when the console closed. The announcement is sent again at the next start.</source>
        <translation>Việc gửi bị gián đoạn do đóng chương trình. Thông báo sẽ được gửi lại vào lần khởi động sau.</translation>
    </message>
    <message>
        <source>The portal address must be a full web address starting with https://.</source>
        <translation>Địa chỉ Cổng thông tin phải là địa chỉ web đầy đủ, bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password; the token is kept in the system keychain.</source>
        <translation>Địa chỉ Cổng thông tin không được chứa tên đăng nhập hay mật khẩu; mã truy cập được lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The portal address must use https://: plain http:// would send the token and the announcement unencrypted.</source>
        <translation>Địa chỉ Cổng thông tin phải dùng https://: với http:// mã truy cập và thông báo sẽ được gửi đi mà không được mã hóa.</translation>
    </message>
    <message>
        <source>Publishing is not set up: enter the “Portal address” in Settings › Publishing.</source>
        <translation>Chưa thiết lập việc công bố: nhập “Địa chỉ Cổng thông tin” tại Cài đặt › Công bố.</translation>
    </message>
    <message>
        <source>Publishing is not set up: enter the “Access token” in Settings › Publishing and save it in the keychain.</source>
        <translation>Chưa thiết lập việc công bố: nhập “Mã truy cập” tại Cài đặt › Công bố và lưu vào kho mật khẩu.</translation>
    </message>
    <message>
        <source>Sending was stopped. The announcement is sent when publishing resumes.</source>
        <translation>Đã dừng việc gửi. Thông báo sẽ được gửi khi việc công bố được tiếp tục.</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of %1 was changed outside SignWatch after it was queued: it is not sent. Run “signwatch-cli audit verify”.</source>
        <translation>Bản sao của %1 trong hàng chờ gửi đã bị thay đổi bên ngoài SignWatch sau khi đưa vào hàng chờ: văn bản không được gửi. Hãy chạy “signwatch-cli audit verify”.</translation>
    </message>
    <message>
        <source>Queued with SHA-256 %1, now %2.</source>
        <translation>Khi đưa vào hàng chờ có SHA-256 %1, hiện nay là %2.</translation>
    </message>
    <message>
        <source>The portal answered without the announcement&apos;s reference. It is asked again automatically.</source>
        <translation>Cổng thông tin điện tử trả lời nhưng không kèm số tham chiếu của thông báo. Hệ thống sẽ tự động hỏi lại.</translation>
    </message>
    <message>
        <source>The portal says this announcement is already stored but gave no reference. Ask the portal&apos;s administrators.</source>
        <translation>Cổng thông tin điện tử cho biết thông báo này đã được lưu nhưng không cung cấp số tham chiếu. Đề nghị liên hệ bộ phận quản trị Cổng thông tin.</translation>
    </message>
    <message>
        <source>The portal had an internal problem. The announcement is sent again automatically.</source>
        <translation>Cổng thông tin điện tử gặp sự cố nội bộ. Thông báo sẽ được tự động gửi lại.</translation>
    </message>
    <message>
        <source>The portal is busy. The announcement is sent again automatically.</source>
        <translation>Cổng thông tin điện tử đang quá tải. Thông báo sẽ được tự động gửi lại.</translation>
    </message>
    <message>
        <source>The portal refused the access token. Set a new token in Settings, then retry.</source>
        <translation>Cổng thông tin điện tử từ chối mã truy cập. Hãy nhập mã truy cập mới tại Cài đặt › Công bố, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The portal address in Settings does not accept announcements. Check the address, then retry.</source>
        <translation>Địa chỉ Cổng thông tin trong Cài đặt không nhận thông báo. Hãy kiểm tra địa chỉ, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The announcement&apos;s PDF is larger than the portal accepts.</source>
        <translation>Tệp PDF của thông báo lớn hơn dung lượng Cổng thông tin điện tử cho phép.</translation>
    </message>
    <message>
        <source>The portal answered from another address. Check the portal address in Settings, then retry.</source>
        <translation>Cổng thông tin điện tử trả lời từ một địa chỉ khác. Hãy kiểm tra Địa chỉ Cổng thông tin trong Cài đặt, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The portal refused the announcement as invalid. Check the document, then retry or discard it.</source>
        <translation>Cổng thông tin điện tử từ chối thông báo vì không hợp lệ. Hãy kiểm tra văn bản, rồi gửi lại hoặc loại bỏ.</translation>
    </message>
    <message>
        <source>The portal refused the announcement.</source>
        <translation>Cổng thông tin điện tử từ chối thông báo.</translation>
    </message>
    <message>
        <source>The portal did not answer in time (%1 seconds). The announcement is sent again automatically.</source>
        <translation>Cổng thông tin điện tử không trả lời trong thời hạn (%1 giây). Thông báo sẽ được tự động gửi lại.</translation>
    </message>
    <message>
        <source>The connection to the portal was cut before it confirmed the announcement. It is sent again with the same key, so the portal will not store it twice.</source>
        <translation>Kết nối tới Cổng thông tin điện tử bị ngắt trước khi thông báo được xác nhận. Thông báo sẽ được gửi lại với cùng khóa, nên Cổng thông tin không lưu trùng hai lần.</translation>
    </message>
    <message>
        <source>The portal&apos;s identity could not be verified (its certificate is not trusted). Check the portal address in Settings, then retry.</source>
        <translation>Không xác minh được danh tính của Cổng thông tin điện tử (chứng thư của Cổng không được tin cậy). Hãy kiểm tra Địa chỉ Cổng thông tin trong Cài đặt, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The portal could not be reached. The announcement stays in the outbox and is sent again automatically.</source>
        <translation>Không kết nối được tới Cổng thông tin điện tử. Thông báo vẫn nằm trong hàng chờ gửi và sẽ được tự động gửi lại.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Cấu hình kết nối cần có tên.</translation>
    </message>
    <message>
        <source>The SQLite address names no file: write sqlite:PATH.</source>
        <translation>Địa chỉ SQLite chưa chỉ rõ tệp: hãy ghi sqlite:PATH.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: write postgresql://USER@HOST:PORT/DB.</source>
        <translation>Địa chỉ PostgreSQL không phải là URL hợp lệ: hãy ghi postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: SignWatch takes it from the keychain or from PGPASSWORD.</source>
        <translation>Không ghi mật khẩu vào địa chỉ: SignWatch lấy mật khẩu từ kho mật khẩu của hệ thống hoặc từ PGPASSWORD.</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a user, a host and a database: postgresql://USER@HOST:PORT/DB.</source>
        <translation>Địa chỉ PostgreSQL cần có người dùng, máy chủ và cơ sở dữ liệu: postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Cổng phải nằm trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>Unknown registry address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Không nhận dạng được địa chỉ cơ sở dữ liệu “%1”: hãy dùng sqlite:PATH hoặc postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Missing table: %1</source>
        <translation>Thiếu bảng: %1</translation>
    </message>
    <message>
        <source>Missing column: %1.%2</source>
        <translation>Thiếu cột: %1.%2</translation>
    </message>
    <message>
        <source>The registry is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s list of tables.</source>
        <translation>Không thể đọc danh sách bảng của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No password for %1: PGPASSWORD is not set and the keychain has none (save one with the console&apos;s connection dialog).</source>
        <translation>Chưa có mật khẩu cho %1: PGPASSWORD chưa được đặt và kho mật khẩu của hệ thống không lưu mật khẩu nào (hãy lưu mật khẩu trong hộp thoại kết nối của SignWatch).</translation>
    </message>
    <message>
        <source>The registry file %1 does not exist.</source>
        <translation>Tệp cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Could not open the registry file %1.</source>
        <translation>Không thể mở tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL registry %1 on %2:%3. Check the address, the user and the password, and that the server is running.</source>
        <translation>Không thể kết nối tới cơ sở dữ liệu PostgreSQL %1 trên %2:%3. Hãy kiểm tra địa chỉ, người dùng, mật khẩu và máy chủ có đang hoạt động hay không.</translation>
    </message>
    <message>
        <source>The PostgreSQL registry refused a read-only session.</source>
        <translation>Cơ sở dữ liệu PostgreSQL không cho phép mở phiên làm việc chỉ đọc.</translation>
    </message>
    <message>
        <source>The registry connection is closed.</source>
        <translation>Kết nối tới cơ sở dữ liệu đã đóng.</translation>
    </message>
    <message>
        <source>The connection to the registry was lost.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the registry was lost and could not be restored after %n attempt(s).</source>
        <translation>
            <numerusform>Mất kết nối tới cơ sở dữ liệu và không khôi phục được sau %n lần thử.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The keychain holds no password for this connection.</source>
        <translation>Kho mật khẩu của hệ thống chưa lưu mật khẩu cho kết nối này.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>Kho mật khẩu của hệ thống từ chối truy cập (có thể đang bị khóa).</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Kho mật khẩu của hệ thống không khả dụng.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Trình điều khiển SQLite không trả về kết nối.</translation>
    </message>
    <message>
        <source>Could not prepare the SQLite connection for the rules.</source>
        <translation>Không thể chuẩn bị kết nối SQLite cho các quy tắc.</translation>
    </message>
    <message>
        <source>The SQLite registry could not be read.</source>
        <translation>Không thể đọc cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>The connection has not been tested.</source>
        <translation>Kết nối chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>tệp trên máy</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>không mã hóa</translation>
    </message>
    <message>
        <source>(server not verified)</source>
        <translation>(máy chủ chưa được xác thực)</translation>
    </message>
    <message>
        <source>A local file: nothing crosses a network.</source>
        <translation>Tệp trên máy này: không có dữ liệu nào đi qua mạng.</translation>
    </message>
    <message>
        <source>Not encrypted (sslmode=%1): the password and the registry&apos;s data cross the network as they are.</source>
        <translation>Không mã hóa (sslmode=%1): mật khẩu và dữ liệu của cơ sở dữ liệu đi qua mạng ở dạng đọc được.</translation>
    </message>
    <message>
        <source>Encrypted: %1, %2 (sslmode=%3).</source>
        <translation>Đã mã hóa: %1, %2 (sslmode=%3).</translation>
    </message>
    <message>
        <source>Server certificate: %1</source>
        <translation>Chứng thư của máy chủ: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Do %1 cấp</translation>
    </message>
    <message>
        <source>Verified: signed by the trusted CA and issued to this host.</source>
        <translation>Đã xác thực: được CA tin cậy ký và cấp cho đúng máy chủ này.</translation>
    </message>
    <message>
        <source>Signed by the trusted CA; the host name was not checked.</source>
        <translation>Được CA tin cậy ký; tên máy chủ không được kiểm tra.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not verified.</source>
        <translation>Chứng thư của máy chủ chưa được xác thực.</translation>
    </message>
    <message>
        <source>The address sets &quot;%1&quot; twice.</source>
        <translation>Địa chỉ đặt “%1” hai lần.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the address: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>sslmode “%1” trong địa chỉ không hợp lệ: hãy dùng disable, prefer, require, verify-ca hoặc verify-full.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the address: SignWatch understands sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation>Thiết lập “%1” trong địa chỉ không được hỗ trợ: SignWatch hiểu sslmode, sslrootcert, sslcert và sslkey.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address names no file.</source>
        <translation>Thiết lập “%1” trong địa chỉ không chỉ ra tệp nào.</translation>
    </message>
    <message>
        <source>sslmode=disable: the connection to %1 is not encrypted; the password and the registry&apos;s data cross the network readable by anyone on the way.</source>
        <translation>sslmode=disable: kết nối tới %1 không được mã hóa; mật khẩu và dữ liệu của cơ sở dữ liệu đi qua mạng, bất kỳ ai trên đường truyền đều đọc được.</translation>
    </message>
    <message>
        <source>sslmode=prefer: the connection to %1 falls back to no encryption when asked to, and the server is not verified: a machine on the way can pose as the server and read the password.</source>
        <translation>sslmode=prefer: kết nối tới %1 sẽ bỏ mã hóa khi được yêu cầu và máy chủ không được xác thực: một máy trên đường truyền có thể giả làm máy chủ và đọc được mật khẩu.</translation>
    </message>
    <message>
        <source>sslmode=require: the connection to %1 is encrypted but the server is not verified: a machine on the way can pose as the server and receive the password.</source>
        <translation>sslmode=require: kết nối tới %1 được mã hóa nhưng máy chủ không được xác thực: một máy trên đường truyền có thể giả làm máy chủ và nhận được mật khẩu.</translation>
    </message>
    <message>
        <source>sslmode=verify-ca: the server&apos;s certificate is checked against the CA but not its name: any server holding a certificate from that CA can pose as %1.</source>
        <translation>sslmode=verify-ca: chứng thư của máy chủ được đối chiếu với CA nhưng tên thì không: bất kỳ máy chủ nào có chứng thư do CA đó cấp đều có thể giả làm %1.</translation>
    </message>
    <message>
        <source>Wrong type: %1.%2 is %3, the contract says %4</source>
        <translation>Sai kiểu dữ liệu: %1.%2 có kiểu %3, quy ước dữ liệu quy định %4</translation>
    </message>
    <message>
        <source>Could not read the columns of the registry&apos;s table %1.</source>
        <translation>Không thể đọc các cột của bảng %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(không có kiểu)</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 không phải là cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>The registry file %1 is damaged (truncated or corrupted).</source>
        <translation>Tệp cơ sở dữ liệu %1 bị hỏng (bị cắt cụt hoặc bị hư hại).</translation>
    </message>
    <message>
        <source>Could not read the registry file %1.</source>
        <translation>Không thể đọc tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <source>The file ends inside its header.</source>
        <translation>Tệp kết thúc ngay trong phần đầu.</translation>
    </message>
    <message>
        <source>The file holds %1 bytes; its header announces %2 pages of %3 bytes.</source>
        <translation>Tệp có %1 byte; phần đầu của tệp ghi %2 trang, mỗi trang %3 byte.</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>Tệp không phải là cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>The database file is damaged (truncated or corrupted).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng (bị cắt cụt hoặc bị hư hại).</translation>
    </message>
    <message>
        <source>Could not check the registry file %1.</source>
        <translation>Không thể kiểm tra tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled; %2 stays open.</source>
        <translation>Đã hủy kết nối tới %1; %2 vẫn đang mở.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc lập báo cáo.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s period: a first and a last day, the first not after the last.</source>
        <translation>Hãy chọn kỳ báo cáo: ngày đầu và ngày cuối, ngày đầu không được sau ngày cuối.</translation>
    </message>
    <message>
        <source>The registry could not count the report&apos;s figures.</source>
        <translation>Không thể đếm các số liệu của báo cáo trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The report&apos;s PDF cannot be written.</source>
        <translation>Không thể ghi tệp PDF của báo cáo.</translation>
    </message>
    <message>
        <source>The report&apos;s draft is not a JSON object.</source>
        <translation>Bản dự thảo báo cáo không phải là một đối tượng JSON.</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Only the casebook&apos;s administrator may do this.</source>
        <translation>Chỉ người quản trị sổ hồ sơ vụ việc được làm việc này.</translation>
    </message>
    <message>
        <source>Needs the role “%1”, which your login on the casebook does not hold: ask the casebook&apos;s administrator.</source>
        <translation>Cần vai trò “%1”, tài khoản của bạn trên sổ hồ sơ vụ việc không có: hãy đề nghị người quản trị sổ.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A registry row the rules cannot read (unknown value, bad time, dangling reference).</source>
        <translation>Bản ghi mà các quy tắc không đọc được (giá trị không xác định, thời gian sai, tham chiếu tới dữ liệu không tồn tại).</translation>
    </message>
    <message>
        <source>Issued to a citizen who already held a signature recorded on Hue-S.</source>
        <translation>Cấp cho công dân đã có chữ ký số được ghi nhận trên Hue-S.</translation>
    </message>
    <message>
        <source>Issued by a provider after its removal from the programme.</source>
        <translation>Doanh nghiệp cấp sau khi đã bị loại khỏi chương trình.</translation>
    </message>
    <message>
        <source>Free period too short, missing, or restarted on a switch of provider.</source>
        <translation>Thời gian miễn phí quá ngắn, không có, hoặc bị tính lại từ đầu khi công dân chuyển doanh nghiệp.</translation>
    </message>
    <message>
        <source>Probably the same person under a mistyped id: one digit or two adjacent digits differ.</source>
        <translation>Có thể là cùng một người nhưng số định danh bị nhập sai: khác nhau một chữ số hoặc hai chữ số liền kề.</translation>
    </message>
    <message>
        <source>Recorded on Hue-S too long after activation.</source>
        <translation>Cập nhật lên Hue-S quá lâu sau khi kích hoạt.</translation>
    </message>
    <message>
        <source>A programme issuance disguised as an import of an older signature.</source>
        <translation>Chữ ký số cấp trong chương trình nhưng được khai là dữ liệu cấp trước chương trình.</translation>
    </message>
    <message>
        <source>Issued without the provider looking the citizen up on Hue-S first.</source>
        <translation>Cấp khi doanh nghiệp chưa tra cứu công dân trên Hue-S trước đó.</translation>
    </message>
    <message>
        <source>Confirmed on Hue-S before a signature existed.</source>
        <translation>Xác nhận trên Hue-S trước khi chữ ký số được tạo lập.</translation>
    </message>
    <message>
        <source>A citizen&apos;s Hue-S request not served within 48 hours.</source>
        <translation>Đăng ký nhu cầu của công dân trên Hue-S không được hỗ trợ trong vòng 48 giờ.</translation>
    </message>
    <message>
        <source>Too many door-to-door issuances by one staff account in one hour.</source>
        <translation>Một tài khoản nhân viên cấp tận hộ gia đình quá nhiều lượt trong một giờ.</translation>
    </message>
    <message>
        <source>A technical-error record that reserves a citizen without a signature.</source>
        <translation>Bản ghi lỗi kỹ thuật giữ chỗ cho công dân nhưng không có chữ ký số nào được tạo lập.</translation>
    </message>
    <message>
        <source>Issued lawfully but reached Hue-S after another record: counts as not issued.</source>
        <translation>Cấp hợp lệ nhưng cập nhật lên Hue-S sau một bản ghi khác: được xem là chưa cấp.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy lượt quét.</translation>
    </message>
    <message>
        <source>The rule %1 could not be prepared on this registry.</source>
        <translation>Không thể chuẩn bị quy tắc %1 trên cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The rule %1 failed on this registry.</source>
        <translation>Quy tắc %1 chạy không thành công trên cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>Không có quy tắc “%1”.</translation>
    </message>
    <message>
        <source>Could not read the providers.</source>
        <translation>Không thể đọc danh sách doanh nghiệp.</translation>
    </message>
    <message>
        <source>longest allowed delay between activation and the Hue-S record</source>
        <translation>thời gian chậm tối đa cho phép từ lúc kích hoạt đến khi có bản ghi trên Hue-S</translation>
    </message>
    <message>
        <source>time to serve a Hue-S request (§4.4: 48 hours)</source>
        <translation>thời hạn hỗ trợ một đăng ký nhu cầu trên Hue-S (§4.4: 48 giờ)</translation>
    </message>
    <message>
        <source>a look-up this long before issuance still counts</source>
        <translation>lượt tra cứu trong khoảng thời gian này trước khi cấp vẫn được tính</translation>
    </message>
    <message>
        <source>clock skew allowed between a provider and Hue-S</source>
        <translation>độ lệch đồng hồ cho phép giữa doanh nghiệp và Hue-S</translation>
    </message>
    <message>
        <source>how long a technical-error record may stay unactivated</source>
        <translation>thời gian tối đa một bản ghi lỗi kỹ thuật được phép chưa kích hoạt</translation>
    </message>
    <message>
        <source>half-width of the window for staff bursts</source>
        <translation>nửa độ dài khung thời gian xét cấp dồn dập của nhân viên</translation>
    </message>
    <message>
        <source>door-to-door issuances by one staff account in one window that make a burst</source>
        <translation>số lượt cấp tận hộ gia đình của một tài khoản nhân viên trong một khung thời gian được coi là cấp dồn dập</translation>
    </message>
    <message>
        <source>shortest free period, in days from the activation date (UTC)</source>
        <translation>thời gian miễn phí tối thiểu, tính bằng ngày kể từ ngày kích hoạt (UTC)</translation>
    </message>
    <message>
        <source>allowed difference of free periods on a switch</source>
        <translation>chênh lệch cho phép của thời gian miễn phí khi chuyển doanh nghiệp</translation>
    </message>
    <message>
        <source>Unknown threshold &quot;%1&quot;; known: %2.</source>
        <translation>Không có ngưỡng “%1”; các ngưỡng hợp lệ: %2.</translation>
    </message>
    <message>
        <source>Threshold %1 needs a time such as 2023-07-27T17:00:00Z.</source>
        <translation>Ngưỡng %1 cần một thời điểm dạng 2023-07-27T17:00:00Z.</translation>
    </message>
    <message>
        <source>Write a threshold as name=value, not &quot;%1&quot;.</source>
        <translation>Hãy ghi ngưỡng theo dạng name=value, không phải “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 2024-03-31T17:00:00Z.</source>
        <translation>“%1” không phải là thời điểm hợp lệ (dạng 2024-03-31T17:00:00Z).</translation>
    </message>
    <message>
        <source>when the programme started (28 July 2023, 00:00 local time)</source>
        <translation>thời điểm bắt đầu chương trình (00:00 ngày 28/7/2023, giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Threshold %1 needs a whole number of at least 1, not &quot;%2&quot;.</source>
        <translation>Ngưỡng %1 cần một số nguyên từ 1 trở lên, không phải “%2”.</translation>
    </message>
    <message>
        <source>Threshold %1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>Ngưỡng %1 cần một số nguyên từ 0 trở lên, không phải “%2”.</translation>
    </message>
    <message>
        <source>The registry does not meet the data contract, so it is not scanned:</source>
        <translation>Cơ sở dữ liệu chưa đáp ứng quy ước dữ liệu nên không được quét:</translation>
    </message>
    <message>
        <source>The watch has not started.</source>
        <translation>Việc theo dõi chưa bắt đầu.</translation>
    </message>
    <message>
        <source>The live watch could not read the registry&apos;s changes.</source>
        <translation>Không đọc được các thay đổi của cơ sở dữ liệu để theo dõi trực tiếp.</translation>
    </message>
    <message>
        <source>Malformed record</source>
        <translation>Dữ liệu sai quy cách</translation>
    </message>
    <message>
        <source>Duplicate issuance</source>
        <translation>Cấp trùng</translation>
    </message>
    <message>
        <source>Issued after exclusion</source>
        <translation>Cấp sau khi bị loại</translation>
    </message>
    <message>
        <source>Wrong free period</source>
        <translation>Sai thời gian miễn phí</translation>
    </message>
    <message>
        <source>Near-duplicate id</source>
        <translation>Số định danh gần trùng</translation>
    </message>
    <message>
        <source>Late update</source>
        <translation>Cập nhật chậm</translation>
    </message>
    <message>
        <source>Disguised as an import</source>
        <translation>Khai là dữ liệu cũ</translation>
    </message>
    <message>
        <source>No Hue-S look-up</source>
        <translation>Không tra cứu Hue-S</translation>
    </message>
    <message>
        <source>Confirmed before issuance</source>
        <translation>Xác nhận trước khi cấp</translation>
    </message>
    <message>
        <source>Request over 48 hours</source>
        <translation>Quá hạn 48 giờ</translation>
    </message>
    <message>
        <source>Issuance burst</source>
        <translation>Cấp dồn dập</translation>
    </message>
    <message>
        <source>Lingering technical error</source>
        <translation>Lỗi kỹ thuật kéo dài</translation>
    </message>
    <message>
        <source>Counts as not issued</source>
        <translation>Xem như chưa cấp</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The casebook&apos;s address in the settings cannot be read. Set the casebook again under Settings.</source>
        <translation>Không đọc được địa chỉ sổ hồ sơ vụ việc trong phần cài đặt. Hãy chọn lại sổ trong Cài đặt.</translation>
    </message>
    <message>
        <source>The casebook&apos;s address in the settings is not a PostgreSQL casebook. Set the casebook again under Settings.</source>
        <translation>Địa chỉ sổ hồ sơ vụ việc trong phần cài đặt không phải là sổ PostgreSQL. Hãy chọn lại sổ trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>The %1 “%2” cannot be read as an image (PNG).</source>
        <translation>Không đọc được %1 “%2” dưới dạng ảnh (PNG).</translation>
    </message>
    <message>
        <source>No signing key is configured.</source>
        <translation>Chưa cài đặt khóa ký.</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>hình ảnh chữ ký</translation>
    </message>
    <message>
        <source>seal image</source>
        <translation>hình ảnh con dấu</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address “%1” is not an http(s) URL.</source>
        <translation>Địa chỉ dịch vụ cấp dấu thời gian “%1” không phải địa chỉ http(s).</translation>
    </message>
    <message>
        <source>The body&apos;s seal could not be put on the document: %1</source>
        <translation>Không đóng được dấu của cơ quan lên văn bản: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Signature %1 (%2): %3</source>
        <translation>Chữ ký %1 (%2): %3</translation>
    </message>
    <message>
        <source>  Signed by: %1</source>
        <translation>  Người ký: %1</translation>
    </message>
    <message>
        <source>  Issued by: %1</source>
        <translation>  Tổ chức cấp chứng thư: %1</translation>
    </message>
    <message>
        <source>  Signing time (claimed): %1</source>
        <translation>  Thời điểm ký (tự khai): %1</translation>
    </message>
    <message>
        <source>  Time-stamp: %1</source>
        <translation>  Dấu thời gian: %1</translation>
    </message>
    <message>
        <source>  Bytes intact: %1; covers the whole file: %2</source>
        <translation>  Dữ liệu nguyên vẹn: %1; bao trùm toàn bộ tệp: %2</translation>
    </message>
    <message>
        <source>  Certificate valid at signing: %1; trusted: %2</source>
        <translation>  Chứng thư còn hiệu lực khi ký: %1; tin cậy: %2</translation>
    </message>
    <message>
        <source>  Revocation: %1</source>
        <translation>  Thu hồi: %1</translation>
    </message>
    <message>
        <source>The file was changed after its last signature.</source>
        <translation>Tệp đã bị thay đổi sau chữ ký cuối cùng.</translation>
    </message>
    <message>
        <source>Not signed digitally (signed on paper)</source>
        <translation>Chưa ký số (ký trên giấy)</translation>
    </message>
    <message>
        <source>Signed digitally, valid — %1</source>
        <translation>Ký số hợp lệ — %1</translation>
    </message>
    <message>
        <source>Signed digitally, not trusted — %1</source>
        <translation>Ký số, không tin cậy — %1</translation>
    </message>
    <message>
        <source>Altered after signing — %1</source>
        <translation>Bị sửa đổi sau khi ký — %1</translation>
    </message>
    <message>
        <source>Altered: %1</source>
        <translation>Bị sửa đổi: %1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The signature cannot be made: %1.</source>
        <translation>Không tạo được chữ ký: %1.</translation>
    </message>
    <message>
        <source>no CMS structure</source>
        <translation>không tạo được cấu trúc CMS</translation>
    </message>
    <message>
        <source>the key does not fit its certificate</source>
        <translation>khóa không khớp với chứng thư</translation>
    </message>
    <message>
        <source>no signing-certificate-v2 attribute</source>
        <translation>không thêm được thuộc tính signing-certificate-v2</translation>
    </message>
    <message>
        <source>the key refused to sign (is the token still there?)</source>
        <translation>khóa từ chối ký (thiết bị ký còn cắm không?)</translation>
    </message>
    <message>
        <source>the time-stamp cannot be attached</source>
        <translation>không gắn được dấu thời gian</translation>
    </message>
    <message>
        <source>the CMS structure cannot be written</source>
        <translation>không ghi được cấu trúc CMS</translation>
    </message>
    <message>
        <source>The time-stamp cannot be read.</source>
        <translation>Không đọc được dấu thời gian.</translation>
    </message>
    <message>
        <source>The time-stamp does not match the signature.</source>
        <translation>Dấu thời gian không khớp với chữ ký.</translation>
    </message>
    <message>
        <source>The time-stamping authority is not among the trusted anchors.</source>
        <translation>Dịch vụ cấp dấu thời gian không thuộc các chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>not checked: the certificate names no OCSP responder or CRL</source>
        <translation>chưa kiểm tra: chứng thư không ghi địa chỉ OCSP hay CRL</translation>
    </message>
    <message>
        <source>not checked (offline)</source>
        <translation>chưa kiểm tra (không kết nối mạng)</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature with one signer.</source>
        <translation>Chữ ký không phải chữ ký CMS của một người ký.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>Chữ ký không chứa chứng thư của người ký.</translation>
    </message>
    <message>
        <source>The signed bytes were changed after signing (the signature does not match).</source>
        <translation>Dữ liệu đã ký bị thay đổi sau khi ký (chữ ký không khớp).</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (signing-certificate attribute missing or for another certificate).</source>
        <translation>Chữ ký không chỉ rõ chứng thư của nó (thiếu thuộc tính signing-certificate hoặc thuộc tính chỉ tới chứng thư khác).</translation>
    </message>
    <message>
        <source>The signature gives no signing time.</source>
        <translation>Chữ ký không ghi thời điểm ký.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time (%1).</source>
        <translation>Chứng thư không còn hiệu lực vào thời điểm ký (%1).</translation>
    </message>
    <message>
        <source>No trust anchor was given: who issued the certificate is not checked.</source>
        <translation>Chưa có chứng thư gốc tin cậy: chưa kiểm tra ai cấp chứng thư.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted anchor: %1.</source>
        <translation>Chứng thư không nối được tới chứng thư gốc tin cậy: %1.</translation>
    </message>
    <message>
        <source>An encrypted PDF cannot be signed.</source>
        <translation>Không ký được tệp PDF đã mã hóa.</translation>
    </message>
    <message>
        <source>The PDF already has a field named %1.</source>
        <translation>Tệp PDF đã có trường tên %1.</translation>
    </message>
    <message>
        <source>The PDF has no page %1 to sign on.</source>
        <translation>Tệp PDF không có trang %1 để ký.</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle lies outside page %1.</source>
        <translation>Vị trí chữ ký nằm ngoài trang %1.</translation>
    </message>
    <message>
        <source>The signature&apos;s place cannot be found in the written PDF.</source>
        <translation>Không tìm thấy vị trí chữ ký trong tệp PDF đã ghi.</translation>
    </message>
    <message>
        <source>The signature (%1 bytes) is larger than the room kept for it.</source>
        <translation>Chữ ký (%1 byte) lớn hơn chỗ dành cho nó.</translation>
    </message>
    <message>
        <source>A signature needs a field name.</source>
        <translation>Chữ ký cần có tên trường.</translation>
    </message>
    <message>
        <source>A signature needs its time.</source>
        <translation>Chữ ký cần có thời điểm ký.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: it cannot be read or updated.</source>
        <translation>Không ký được tệp PDF: không đọc hoặc cập nhật được tệp.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is not two parts of this file around its contents.</source>
        <translation>Phạm vi dữ liệu của chữ ký không phải hai phần của tệp này nằm hai bên nội dung chữ ký.</translation>
    </message>
    <message>
        <source>The byte range leaves out more than the signature&apos;s contents.</source>
        <translation>Phạm vi dữ liệu bỏ sót nhiều hơn nội dung chữ ký.</translation>
    </message>
    <message>
        <source>The byte range leaves out another string than the signature&apos;s contents.</source>
        <translation>Phạm vi dữ liệu bỏ sót một chuỗi khác với nội dung chữ ký.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>Tệp không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>The file was changed after the last signature (%1 more bytes).</source>
        <translation>Tệp đã bị thay đổi sau chữ ký cuối cùng (thêm %1 byte).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>valid, untrusted</source>
        <translation>hợp lệ, không tin cậy</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>hỏng</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle is empty or too large.</source>
        <translation>Vị trí chữ ký trống hoặc quá lớn.</translation>
    </message>
    <message>
        <source>A signature with text needs the graphical fonts (run with a QGuiApplication).</source>
        <translation>Chữ ký hiển thị chữ cần phông chữ đồ họa (chạy cùng QGuiApplication).</translation>
    </message>
    <message>
        <source>The PKCS#11 address &quot;%1&quot; cannot be read (RFC 7512: pkcs11:token=…;object=…).</source>
        <translation>Không đọc được địa chỉ PKCS#11 &quot;%1&quot; (RFC 7512: pkcs11:token=…;object=…).</translation>
    </message>
    <message>
        <source>No signing key is given.</source>
        <translation>Chưa chỉ định khóa ký.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>Mô-đun PKCS#11 %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Tệp khóa %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Wrong PIN for the token %1.</source>
        <translation>Sai mã PIN của thiết bị ký %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file %1.</source>
        <translation>Sai mật khẩu của tệp khóa %1.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Không đọc được tệp khóa %1.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file.</source>
        <translation>%1 không phải tệp khóa PKCS#12.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be opened.</source>
        <translation>Không mở được tệp khóa %1.</translation>
    </message>
    <message>
        <source>The key file %1 holds no private key with its certificate.</source>
        <translation>Tệp khóa %1 không chứa khóa bí mật kèm chứng thư.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded.</source>
        <translation>Không nạp được mô-đun PKCS#11 %1.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 lists no slots.</source>
        <translation>Mô-đun PKCS#11 %1 không có khe nào.</translation>
    </message>
    <message>
        <source>No token matching %1 is present (is it plugged in?).</source>
        <translation>Không có thiết bị ký nào khớp với %1 (đã cắm thiết bị chưa?).</translation>
    </message>
    <message>
        <source>Cannot log in to the token %1.</source>
        <translation>Không đăng nhập được vào thiết bị ký %1.</translation>
    </message>
    <message>
        <source>The token holds no private key matching %1.</source>
        <translation>Thiết bị ký không có khóa bí mật khớp với %1.</translation>
    </message>
    <message>
        <source>The token holds no certificate for the key %1.</source>
        <translation>Thiết bị ký không có chứng thư cho khóa %1.</translation>
    </message>
    <message>
        <source>The key on the token %1 cannot be used.</source>
        <translation>Không dùng được khóa trên thiết bị ký %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet on %2 (valid from %3).</source>
        <translation>Chứng thư của %1 chưa có hiệu lực vào %2 (hiệu lực từ %3).</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it cannot sign on %3.</source>
        <translation>Chứng thư của %1 đã hết hạn ngày %2: không thể ký vào %3.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 cannot be reached.</source>
        <translation>Không kết nối được dịch vụ cấp dấu thời gian %1.</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address %1 is not an http(s) URL.</source>
        <translation>Địa chỉ dịch vụ cấp dấu thời gian %1 không phải địa chỉ http(s).</translation>
    </message>
    <message>
        <source>The time-stamp request cannot be made.</source>
        <translation>Không tạo được yêu cầu cấp dấu thời gian.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 sent no time-stamp.</source>
        <translation>Dịch vụ cấp dấu thời gian %1 không gửi dấu thời gian.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 refused the request.</source>
        <translation>Dịch vụ cấp dấu thời gian %1 từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 answered another request.</source>
        <translation>Dịch vụ cấp dấu thời gian %1 trả lời cho một yêu cầu khác.</translation>
    </message>
    <message>
        <source>The time-stamp of %1 cannot be read.</source>
        <translation>Không đọc được dấu thời gian của %1.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be read.</source>
        <translation>Không đọc được tệp chứng thư gốc tin cậy %1.</translation>
    </message>
    <message>
        <source>A trust anchor file holds no certificate.</source>
        <translation>Tệp chứng thư gốc tin cậy không chứa chứng thư nào.</translation>
    </message>
    <message>
        <source>not checked: the signer&apos;s certificate is itself a trust anchor</source>
        <translation>chưa kiểm tra: chứng thư của người ký chính là chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>after the time-stamp: the signature stands</source>
        <translation>sau thời điểm của dấu thời gian: chữ ký vẫn có giá trị</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), before the time-stamp.</source>
        <translation>Chứng thư của người ký đã bị thu hồi ngày %1 (%2), trước thời điểm của dấu thời gian.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), and no time-stamp shows the signature was made before.</source>
        <translation>Chứng thư của người ký đã bị thu hồi ngày %1 (%2), và không có dấu thời gian nào chứng minh chữ ký được tạo trước đó.</translation>
    </message>
    <message>
        <source>not checked: no trust anchor to verify an OCSP or CRL answer against</source>
        <translation>chưa kiểm tra: không có chứng thư gốc tin cậy để xác minh câu trả lời OCSP hoặc CRL</translation>
    </message>
    <message>
        <source>not checked: the certificate does not chain to a trusted anchor</source>
        <translation>chưa kiểm tra: chứng thư không nối được tới chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>not checked: no time left to ask %1</source>
        <translation>chưa kiểm tra: hết thời gian để hỏi %1</translation>
    </message>
    <message>
        <source>not checked: the OCSP request cannot be made</source>
        <translation>chưa kiểm tra: không tạo được yêu cầu OCSP</translation>
    </message>
    <message>
        <source>not checked: %1 is not a usable address</source>
        <translation>chưa kiểm tra: %1 không phải địa chỉ dùng được</translation>
    </message>
    <message>
        <source>not checked: %1 did not answer (%2)</source>
        <translation>chưa kiểm tra: %1 không trả lời (%2)</translation>
    </message>
    <message>
        <source>not checked: %1 refused the request (%2)</source>
        <translation>chưa kiểm tra: %1 từ chối yêu cầu (%2)</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is not for this request</source>
        <translation>chưa kiểm tra: câu trả lời của %1 không dành cho yêu cầu này</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is not signed by a trusted responder (%2)</source>
        <translation>chưa kiểm tra: câu trả lời của %1 không được ký bởi một dịch vụ tin cậy (%2)</translation>
    </message>
    <message>
        <source>not checked: %1 said nothing of this certificate</source>
        <translation>chưa kiểm tra: %1 không cho biết gì về chứng thư này</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is out of date</source>
        <translation>chưa kiểm tra: câu trả lời của %1 đã quá hạn</translation>
    </message>
    <message>
        <source>good (OCSP, %1, produced at %2)</source>
        <translation>còn hiệu lực (OCSP, %1, trả lời lúc %2)</translation>
    </message>
    <message>
        <source>revoked on %1 (%2; OCSP, %3, produced at %4)</source>
        <translation>bị thu hồi ngày %1 (%2; OCSP, %3, trả lời lúc %4)</translation>
    </message>
    <message>
        <source>not checked: %1 does not know the certificate</source>
        <translation>chưa kiểm tra: %1 không biết chứng thư này</translation>
    </message>
    <message>
        <source>not checked: no time left to fetch the CRL from %1</source>
        <translation>chưa kiểm tra: hết thời gian để tải CRL từ %1</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 was not fetched (%2)</source>
        <translation>chưa kiểm tra: không tải được CRL tại %1 (%2)</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 is not signed by the issuer</source>
        <translation>chưa kiểm tra: CRL tại %1 không được ký bởi tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 is out of date (next update %2)</source>
        <translation>chưa kiểm tra: CRL tại %1 đã quá hạn (lần cập nhật kế tiếp %2)</translation>
    </message>
    <message>
        <source>revoked on %1 (%2; CRL of %3, issued %4)</source>
        <translation>bị thu hồi ngày %1 (%2; CRL của %3, phát hành %4)</translation>
    </message>
    <message>
        <source>good (CRL of %1, issued %2)</source>
        <translation>còn hiệu lực (CRL của %1, phát hành %2)</translation>
    </message>
    <message>
        <source>not checked: the certificate names no http OCSP responder or CRL</source>
        <translation>chưa kiểm tra: chứng thư không ghi địa chỉ http của dịch vụ OCSP hay CRL</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The registry could not count its records.</source>
        <translation>Không thể đếm các bản ghi trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The registry could not count the dashboard&apos;s figures.</source>
        <translation>Không thể đếm các số liệu của bảng tổng hợp trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The registry could not give its latest record.</source>
        <translation>Cơ sở dữ liệu đăng ký không cho biết được bản ghi mới nhất.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseDetailPane</name>
    <message>
        <source>Findings</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the case (Esc)</source>
        <translation>Đóng vụ việc (Esc)</translation>
    </message>
    <message>
        <source>Case no. %1 — %2</source>
        <translation>Vụ việc số %1 — %2</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Doanh nghiệp: %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Excluded from the programme from %1</source>
        <translation>Bị loại khỏi chương trình từ ngày %1</translation>
    </message>
    <message>
        <source>Published on the portal, reference %1</source>
        <translation>Đã công bố trên Cổng thông tin điện tử, số tham chiếu %1</translation>
    </message>
    <message>
        <source>Opened %1, last change %2</source>
        <translation>Mở ngày %1, thay đổi gần nhất %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Vi phạm (%1)</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Khiếu nại (%1)</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseDocumentsModel</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Corrects %1</source>
        <translation>Đính chính %1</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (đính chính)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Saved / signed</source>
        <translation>Lưu / ký lúc</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký số</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseFindingsModel</name>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasebookSettingsBox</name>
    <message>
        <source>Casebook</source>
        <translation>Sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Lưu mật khẩu trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Use this casebook</source>
        <translation>Dùng sổ này</translation>
    </message>
    <message>
        <source>Local file on this desk (SQLite)</source>
        <translation>Tệp trên máy này (SQLite)</translation>
    </message>
    <message>
        <source>The Department&apos;s shared casebook (PostgreSQL)</source>
        <translation>Sổ dùng chung của Sở (PostgreSQL)</translation>
    </message>
    <message>
        <source>Where complaints, cases, minutes, announcements and the audit log are kept</source>
        <translation>Nơi lưu khiếu nại, vụ việc, biên bản, thông báo và nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>The casebook file; empty for the standard place</source>
        <translation>Tệp sổ hồ sơ vụ việc; để trống để dùng vị trí mặc định</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the casebook file</source>
        <translation>Chọn tệp sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Tệp sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp SQLite (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Your own login on the casebook server: the audit log records it</source>
        <translation>Tài khoản riêng của bạn trên máy chủ sổ hồ sơ vụ việc: nhật ký kiểm tra ghi nhận tài khoản này</translation>
    </message>
    <message>
        <source>leave empty to use the saved password</source>
        <translation>để trống để dùng mật khẩu đã lưu</translation>
    </message>
    <message>
        <source>The password goes to the system keychain, never to the settings file</source>
        <translation>Mật khẩu được lưu vào kho mật khẩu của hệ thống, không bao giờ vào tệp cài đặt</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Keep this choice and connect to the casebook now</source>
        <translation>Giữ lựa chọn này và kết nối tới sổ ngay</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Lưu tại:</translation>
    </message>
    <message>
        <source>Several desks work on one register of numbers only on the shared casebook. Its administrator gives you a login and its role.</source>
        <translation>Chỉ trên sổ dùng chung, nhiều máy mới cùng dùng một sổ đăng ký số văn bản. Người quản trị sổ cấp cho bạn tài khoản và vai trò.</translation>
    </message>
    <message>
        <source>The shared casebook needs a host, a database and your user name.</source>
        <translation>Sổ dùng chung cần máy chủ, cơ sở dữ liệu và tên tài khoản của bạn.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: it is used for this session only.</source>
        <translation>Kho mật khẩu của hệ thống không lưu được mật khẩu: mật khẩu chỉ được dùng trong phiên này.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Đã lưu: %1.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasebookUnavailablePage</name>
    <message>
        <source>Casebook settings…</source>
        <translation>Cài đặt sổ hồ sơ vụ việc…</translation>
    </message>
    <message>
        <source>Check where the casebook is kept and your login (Settings)</source>
        <translation>Kiểm tra nơi lưu sổ hồ sơ vụ việc và tài khoản của bạn (Cài đặt)</translation>
    </message>
    <message>
        <source>Connecting to the casebook %1…</source>
        <translation>Đang kết nối tới sổ hồ sơ vụ việc %1…</translation>
    </message>
    <message>
        <source>Complaints, cases, minutes and announcements are kept in the casebook: they cannot be shown or changed until it can be reached, and nothing is written anywhere else meanwhile. The overview, findings, citizen look-up and reports keep working on the registry.</source>
        <translation>Khiếu nại, vụ việc, biên bản và thông báo được lưu trong sổ hồ sơ vụ việc: chưa thể xem hay sửa cho đến khi kết nối được, và trong lúc đó không ghi vào nơi nào khác. Tổng quan, vi phạm, tra cứu công dân và báo cáo vẫn làm việc trên cơ sở dữ liệu Hue-S.</translation>
    </message>
    <message>
        <source>What to do: check the network connection and that the casebook server is running (ask the administrator), check the casebook and your login under Settings, then press Try again.</source>
        <translation>Cần làm: kiểm tra kết nối mạng và máy chủ sổ có đang chạy không (hỏi người quản trị), kiểm tra sổ và tài khoản của bạn trong Cài đặt, rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasesModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasesPage</name>
    <message>
        <source>&amp;Establish the violation…</source>
        <translation>&amp;Xác định vi phạm…</translation>
    </message>
    <message>
        <source>Record that the data bears the violation out (§5.3); minutes can then be drawn up</source>
        <translation>Ghi nhận dữ liệu chứng minh vi phạm (§5.3); sau đó có thể lập biên bản</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>Đình chỉ &amp;vụ việc…</translation>
    </message>
    <message>
        <source>Close the case without a violation; a reason is required and kept in the audit log</source>
        <translation>Khép lại vụ việc mà không có vi phạm; bắt buộc nêu lý do, lý do được lưu trong nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Draw up the &amp;minutes</source>
        <translation>&amp;Lập biên bản</translation>
    </message>
    <message>
        <source>Start the minutes (biên bản) of the violation from the case&apos;s findings</source>
        <translation>Bắt đầu lập biên bản vi phạm từ các vi phạm của vụ việc</translation>
    </message>
    <message>
        <source>&amp;Sign the minutes…</source>
        <translation>&amp;Ký biên bản…</translation>
    </message>
    <message>
        <source>Give the minutes their number and freeze them; they cannot change afterwards</source>
        <translation>Cấp số cho biên bản và khóa nội dung; sau đó biên bản không thể thay đổi</translation>
    </message>
    <message>
        <source>&amp;Publish the announcement…</source>
        <translation>Công &amp;bố thông báo…</translation>
    </message>
    <message>
        <source>Send the signed announcement (thông báo) to the Department&apos;s portal, making the violation public (§5.3)</source>
        <translation>Gửi thông báo đã ký lên Cổng thông tin điện tử của Sở để công khai vi phạm (§5.3)</translation>
    </message>
    <message>
        <source>Record &amp;exclusion from date…</source>
        <translation>&amp;Ghi nhận ngày loại khỏi chương trình…</translation>
    </message>
    <message>
        <source>Record the day from which the provider is removed from the programme (§5.3); later scans report its issuances</source>
        <translation>Ghi nhận ngày doanh nghiệp bị loại khỏi chương trình (§5.3); các lần quét sau sẽ báo các chứng thư doanh nghiệp cấp từ ngày đó</translation>
    </message>
    <message>
        <source>&amp;Attach complaints…</source>
        <translation>Đưa khiếu nại vào &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>Gather complaints about this provider into the case</source>
        <translation>Tập hợp các khiếu nại về doanh nghiệp này vào vụ việc</translation>
    </message>
    <message>
        <source>Open the &amp;documents</source>
        <translation>&amp;Mở văn bản</translation>
    </message>
    <message>
        <source>Show the case&apos;s minutes and announcement on the Minutes &amp; announcements page</source>
        <translation>Xem biên bản và thông báo của vụ việc trên trang Biên bản &amp; thông báo</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>Xuất d&amp;anh sách vụ việc…</translation>
    </message>
    <message>
        <source>Write the cases as listed to a CSV file (Ctrl+E)</source>
        <translation>Ghi danh sách vụ việc đang hiển thị ra tệp CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>No cases yet — select findings on the Findings page and choose Send to casework</source>
        <translation>Chưa có vụ việc nào — chọn các vi phạm trên trang Phát hiện vi phạm rồi chọn Chuyển xử lý vụ việc</translation>
    </message>
    <message>
        <source>A case gathers the findings and complaints about one provider. Once the violation is established, its minutes are drawn up, signed and announced (§5.3).</source>
        <translation>Mỗi vụ việc tập hợp các vi phạm và khiếu nại về một doanh nghiệp. Khi vi phạm đã được xác định, biên bản được lập, ký và thông báo công khai (§5.3).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 trên %2 vụ việc</translation>
    </message>
    <message>
        <source>None of the findings sent is about %1: no case was opened.</source>
        <translation>Không có vi phạm nào trong số đã chuyển liên quan đến %1: chưa mở vụ việc.</translation>
    </message>
    <message numerus="yes">
        <source>Case no. %1 opened against %2 with %n finding(s).</source>
        <translation>
            <numerusform>Đã mở vụ việc số %1 đối với %2 với %n vi phạm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Establish the violation — case no. %1</source>
        <translation>Xác định vi phạm — vụ việc số %1</translation>
    </message>
    <message>
        <source>What establishes the violation (the verification, the provider&apos;s answer)? It is kept in the audit log.</source>
        <translation>Căn cứ nào xác định vi phạm (kết quả xác minh, giải trình của doanh nghiệp)? Nội dung này được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Case no. %1: the violation is established.</source>
        <translation>Vụ việc số %1: đã xác định vi phạm.</translation>
    </message>
    <message>
        <source>Dismiss case no. %1</source>
        <translation>Đình chỉ vụ việc số %1</translation>
    </message>
    <message>
        <source>Why does the data not bear the violation out? A reason is required; a dismissed case cannot change any more.</source>
        <translation>Vì sao dữ liệu không chứng minh được vi phạm? Bắt buộc nêu lý do; vụ việc đã đình chỉ không thể thay đổi được nữa.</translation>
    </message>
    <message>
        <source>Case no. %1 is dismissed.</source>
        <translation>Đã đình chỉ vụ việc số %1.</translation>
    </message>
    <message>
        <source>The minutes of case no. %1 are drafted from its findings; complete and sign them on the Minutes &amp; announcements page.</source>
        <translation>Đã dự thảo biên bản của vụ việc số %1 từ các vi phạm của vụ việc; hãy hoàn thiện và ký biên bản trên trang Biên bản &amp; thông báo.</translation>
    </message>
    <message>
        <source>Case no. %1 has no minutes to sign.</source>
        <translation>Vụ việc số %1 không có biên bản để ký.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet: they lack %1. Complete them on the Minutes &amp; announcements page.</source>
        <translation>Chưa thể ký biên bản: còn thiếu %1. Hãy hoàn thiện trên trang Biên bản &amp; thông báo.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</source>
        <translation>Ký biên bản của vụ việc số %1 đối với %2?

Biên bản sẽ được cấp số biên bản tiếp theo trong năm, tệp PDF được lưu kèm mã SHA-256 và biên bản sẽ không bao giờ thay đổi được nữa. Khi đó, sai sót chỉ có thể được sửa bằng văn bản đính chính.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>The announcement of case no. %1 is drafted from its signed minutes. Check and sign it on the Minutes &amp; announcements page, then publish it.</source>
        <translation>Đã dự thảo thông báo của vụ việc số %1 từ biên bản đã ký. Hãy kiểm tra và ký thông báo trên trang Biên bản &amp; thông báo, sau đó công bố.</translation>
    </message>
    <message>
        <source>The announcement of case no. %1 is still a draft: sign it on the Minutes &amp; announcements page first.</source>
        <translation>Thông báo của vụ việc số %1 vẫn là bản dự thảo: hãy ký thông báo trên trang Biên bản &amp; thông báo trước.</translation>
    </message>
    <message>
        <source>Publish the announcement</source>
        <translation>Công bố thông báo</translation>
    </message>
    <message>
        <source>Record that announcement %1 about %2 is public? Publishing to the portal is not set up here, so give the reference under which it was published. This cannot be undone.</source>
        <translation>Ghi nhận thông báo %1 về %2 đã được công khai? Chức năng công bố lên Cổng thông tin điện tử chưa được thiết lập tại đây, vì vậy hãy nhập số tham chiếu của thông báo đã đăng. Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Publication reference</source>
        <translation>Số tham chiếu công bố</translation>
    </message>
    <message>
        <source>The reference of the announcement on the portal:</source>
        <translation>Số tham chiếu của thông báo trên Cổng thông tin điện tử:</translation>
    </message>
    <message>
        <source>Case no. %1 is published.</source>
        <translation>Đã công bố vụ việc số %1.</translation>
    </message>
    <message>
        <source>Publish announcement %1 about %2?

It is sent to the Department&apos;s portal and becomes public; it cannot be withdrawn. The case turns published when the portal confirms it.</source>
        <translation>Công bố thông báo %1 về %2?

Thông báo sẽ được gửi lên Cổng thông tin điện tử của Sở và được công khai; không thể thu hồi. Vụ việc chuyển sang trạng thái đã công bố khi Cổng thông tin điện tử xác nhận.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Announcement %1 is queued for the portal; case no. %2 turns published when the portal confirms it.</source>
        <translation>Thông báo %1 đã được đưa vào hàng chờ công bố; vụ việc số %2 chuyển sang trạng thái đã công bố khi Cổng thông tin điện tử xác nhận.</translation>
    </message>
    <message>
        <source>The portal confirmed the announcement of case no. %1 (reference %2).</source>
        <translation>Cổng thông tin điện tử đã xác nhận thông báo của vụ việc số %1 (số tham chiếu %2).</translation>
    </message>
    <message>
        <source>Record the exclusion</source>
        <translation>Ghi nhận việc loại khỏi chương trình</translation>
    </message>
    <message>
        <source>Record that %1 is removed from the programme from %2?

Later scans report every certificate %1 issues from that day as a violation (EXCLUDED_PROVIDER).</source>
        <translation>Ghi nhận %1 bị loại khỏi chương trình từ ngày %2?

Các lần quét sau sẽ báo mọi chứng thư %1 cấp từ ngày đó là vi phạm (EXCLUDED_PROVIDER).</translation>
    </message>
    <message>
        <source>Record exclusion</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>%1 is excluded from the programme from %2.</source>
        <translation>%1 bị loại khỏi chương trình từ ngày %2.</translation>
    </message>
    <message>
        <source>Attach complaints</source>
        <translation>Đưa khiếu nại vào vụ việc</translation>
    </message>
    <message>
        <source>No complaint about %1 waits for a case. Record complaints on the Complaints page.</source>
        <translation>Không có khiếu nại nào về %1 đang chờ đưa vào vụ việc. Hãy ghi nhận khiếu nại trên trang Khiếu nại.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Xuất danh sách vụ việc</translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation>vu-viec.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>Đã ghi %1 vụ việc vào %2.</translation>
    </message>
    <message>
        <source>Announcement %1 is already published on the portal (reference %2).</source>
        <translation>Thông báo %1 đã được đăng trên cổng thông tin (mã tham chiếu %2).</translation>
    </message>
    <message>
        <source>Announcement %1 is already in the outbox; it is not queued a second time. Case no. %2 turns published when the portal confirms it.</source>
        <translation>Thông báo %1 đã có trong hàng đợi đăng tải; không xếp hàng lần thứ hai. Vụ việc số %2 chuyển sang đã đăng khi cổng thông tin xác nhận.</translation>
    </message>
    <message>
        <source>Minutes %1 of case no. %2 are signed digitally.</source>
        <translation>Biên bản %1 của vụ việc số %2 đã được ký số.</translation>
    </message>
    <message>
        <source>Minutes %1 of case no. %2 are numbered and frozen: print them and sign them on paper.</source>
        <translation>Biên bản %1 của vụ việc số %2 đã được cấp số và khóa: hãy in ra và ký trên giấy.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CitizenPage</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Show full id…</source>
        <translation>Xem đầy đủ số định danh…</translation>
    </message>
    <message>
        <source>‹ Back to the list</source>
        <translation>‹ Quay lại danh sách</translation>
    </message>
    <message>
        <source>CCCD number (12 digits) or full name</source>
        <translation>Số CCCD (12 chữ số) hoặc họ và tên</translation>
    </message>
    <message>
        <source>A 12-digit CCCD number finds one citizen; a name needs the birth date too. Case, diacritics and spaces do not matter (Ctrl+F)</source>
        <translation>Số CCCD gồm 12 chữ số cho ra một công dân; tìm theo họ tên thì cần thêm ngày sinh. Không phân biệt chữ hoa, chữ thường, dấu và khoảng trắng (Ctrl+F)</translation>
    </message>
    <message>
        <source>birth date dd/mm/yyyy</source>
        <translation>ngày sinh dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Needed when searching by name</source>
        <translation>Bắt buộc khi tìm theo họ tên</translation>
    </message>
    <message>
        <source>Search the registry (Enter)</source>
        <translation>Tìm trong cơ sở dữ liệu (Enter)</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>&amp;Tính đến</translation>
    </message>
    <message>
        <source>Show the timeline and its findings as Hue-S held them at this moment (local time, UTC+7)</source>
        <translation>Hiển thị diễn biến và các vi phạm đúng như dữ liệu trên Hue-S tại thời điểm này (giờ Việt Nam, UTC+7)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Show the registry as it is now</source>
        <translation>Hiển thị dữ liệu như hiện nay</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>Chưa mở cơ sở dữ liệu — chọn Tệp › Kết nối…</translation>
    </message>
    <message>
        <source>Open the Hue-S issuance registry to look up a citizen&apos;s look-ups, requests and certificates.</source>
        <translation>Mở cơ sở dữ liệu cấp phát của Hue-S để tra cứu lượt tra cứu, đăng ký nhu cầu và chứng thư của một công dân.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Show this citizen&apos;s full id; asks for a reason, which is written to the audit log</source>
        <translation>Xem đầy đủ số định danh của công dân này; cần nêu lý do, lý do được ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Back to the citizens that matched the search</source>
        <translation>Quay lại danh sách công dân phù hợp với điều kiện tìm kiếm</translation>
    </message>
    <message>
        <source>Citizen look-up</source>
        <translation>Tra cứu công dân</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Enter a CCCD number, or a full name and birth date, then press Enter</source>
        <translation>Nhập số CCCD, hoặc họ và tên kèm ngày sinh, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>The page shows everything Hue-S holds about the citizen in time order — look-ups, requests and certificates of every provider — with the findings on each, as of the time you choose. The id stays masked unless you give a reason to see it.</source>
        <translation>Trang này hiển thị theo trình tự thời gian mọi dữ liệu Hue-S có về công dân — lượt tra cứu, đăng ký nhu cầu và chứng thư của mọi doanh nghiệp — kèm các vi phạm liên quan, tính đến thời điểm bạn chọn. Số định danh luôn được che trừ khi bạn nêu lý do cần xem.</translation>
    </message>
    <message>
        <source>“%1” is not a date — write the birth date as dd/mm/yyyy</source>
        <translation>“%1” không phải là ngày hợp lệ — hãy nhập ngày sinh theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <source>A name needs the birth date too; a CCCD number has 12 digits</source>
        <translation>Tìm theo họ tên cần kèm ngày sinh; số CCCD gồm 12 chữ số</translation>
    </message>
    <message>
        <source>Searching the registry…</source>
        <translation>Đang tìm trong cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>No citizen matches this search</source>
        <translation>Không có công dân nào phù hợp với điều kiện tìm kiếm</translation>
    </message>
    <message>
        <source>Check the CCCD number (12 digits), or the spelling of the name and the birth date. Names match whatever their case, diacritics and spaces.</source>
        <translation>Hãy kiểm tra số CCCD (12 chữ số), hoặc cách viết họ tên và ngày sinh. Họ tên được so khớp không phân biệt chữ hoa, chữ thường, dấu và khoảng trắng.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizens match — choose one (Enter opens it). Ids are masked.</source>
        <translation>
            <numerusform>%n công dân phù hợp — hãy chọn một người (nhấn Enter để mở). Số định danh đã được che.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the citizen&apos;s records and judging them…</source>
        <translation>Đang đọc và đánh giá các bản ghi của công dân…</translation>
    </message>
    <message>
        <source>Holder under §1.4: &lt;b&gt;%1&lt;/b&gt; — certificate #%2, on Hue-S since %3</source>
        <translation>Đơn vị cấp hợp lệ theo §1.4: &lt;b&gt;%1&lt;/b&gt; — chứng thư #%2, có trên Hue-S từ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more certificate(s) held at the same time</source>
        <translation>
            <numerusform>Cùng thời điểm còn %n chứng thư khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder under §1.4: &lt;b&gt;none&lt;/b&gt; — no certificate is held as of %1; any provider may issue.</source>
        <translation>Đơn vị cấp hợp lệ theo §1.4: &lt;b&gt;không có&lt;/b&gt; — tính đến %1 công dân chưa có chứng thư nào; mọi doanh nghiệp đều có thể cấp.</translation>
    </message>
    <message>
        <source>The provider of the first certificate in Hue-S order (recorded on Hue-S, then id) among those recorded by the as-of time and not revoked by then.</source>
        <translation>Doanh nghiệp của chứng thư đứng đầu theo thứ tự trên Hue-S (thời điểm ghi nhận trên Hue-S, sau đó đến mã số) trong số các chứng thư đã được ghi nhận trước thời điểm xem và chưa bị thu hồi vào thời điểm đó.</translation>
    </message>
    <message>
        <source>%1 · %2 · as Hue-S held it on %3</source>
        <translation>%1 · %2 · theo dữ liệu Hue-S lúc %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n vi phạm</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged for one citizen: %1 — these rules compare several citizens; the findings page (full scan) has them.</source>
        <translation>Không đánh giá cho từng công dân: %1 — các quy tắc này so sánh nhiều công dân; xem trên trang Phát hiện vi phạm (quét toàn bộ).</translation>
    </message>
    <message>
        <source>Hue-S holds no look-up, request or certificate of this citizen as of %1.</source>
        <translation>Tính đến %1, Hue-S không có lượt tra cứu, đăng ký nhu cầu hay chứng thư nào của công dân này.</translation>
    </message>
    <message>
        <source>(no row in the citizens table)</source>
        <translation>(không có dòng nào trong bảng công dân)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>sinh ngày %1</translation>
    </message>
    <message>
        <source>birth date “%1”</source>
        <translation>ngày sinh “%1”</translation>
    </message>
    <message>
        <source>Full id not shown</source>
        <translation>Chưa hiển thị đầy đủ số định danh</translation>
    </message>
    <message>
        <source>The full id stays hidden because the audit log could not be written: %1</source>
        <translation>Số định danh đầy đủ vẫn được ẩn vì không ghi được nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>The full id stays hidden: every unmasking is first written to the casebook&apos;s audit log, and the casebook cannot be reached now. Check the network and the casebook under Settings, then try again.</source>
        <translation>Số định danh đầy đủ vẫn được che: mỗi lần hiện đầy đủ phải được ghi trước vào nhật ký kiểm tra của sổ hồ sơ vụ việc, mà hiện không kết nối được tới sổ. Hãy kiểm tra mạng và sổ trong Cài đặt, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CitizenResultsModel</name>
    <message>
        <source>(not in the citizens table)</source>
        <translation>(không có trong bảng công dân)</translation>
    </message>
    <message>
        <source>Citizen id</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Địa bàn</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintForm</name>
    <message>
        <source>Add from a scan file…</source>
        <translation>Thêm từ tệp kết quả quét…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Citizen&apos;s timeline</source>
        <translation>Diễn biến của công dân</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>12-digit identity number (CCCD)</source>
        <translation>Số định danh (CCCD) gồm 12 chữ số</translation>
    </message>
    <message>
        <source>What the citizen says happened, in their words</source>
        <translation>Nội dung công dân phản ánh, theo lời của công dân</translation>
    </message>
    <message>
        <source>Link findings from a scan file (JSON Lines, as written by the findings page or signwatch-cli scan); the findings page can also send selected findings here</source>
        <translation>Liên kết các vi phạm từ tệp kết quả quét (JSON Lines, do trang Phát hiện vi phạm hoặc signwatch-cli scan ghi ra); trang Phát hiện vi phạm cũng có thể chuyển các vi phạm đã chọn sang đây</translation>
    </message>
    <message>
        <source>Unlink the selected finding from this complaint</source>
        <translation>Bỏ liên kết vi phạm đã chọn khỏi khiếu nại này</translation>
    </message>
    <message>
        <source>What the verification found, against the data and in practice (§5.2)</source>
        <translation>Kết quả xác minh trên dữ liệu và trên thực tế (§5.2)</translation>
    </message>
    <message>
        <source>Store the complaint in the casebook (the change is written to the audit log)</source>
        <translation>Lưu khiếu nại vào sổ hồ sơ vụ việc (thay đổi được ghi vào nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s timeline on the citizen look-up page</source>
        <translation>Mở diễn biến của công dân trên trang Tra cứu công dân</translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation>Đóng biểu mẫu (Esc)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Nội dung phản ánh</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Findings checked</source>
        <translation>Vi phạm đã đối chiếu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Masked (§1.7); the citizen look-up shows the full number with a reason</source>
        <translation>Đã che (§1.7); trang Tra cứu công dân hiển thị đầy đủ số định danh khi có lý do</translation>
    </message>
    <message>
        <source>Complaint no. %1</source>
        <translation>Khiếu nại số %1</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <source>Link findings from a scan file</source>
        <translation>Liên kết vi phạm từ tệp kết quả quét</translation>
    </message>
    <message>
        <source>Findings (*.jsonl *.json);;All files (*)</source>
        <translation>Vi phạm (*.jsonl *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không thể đọc tệp %1.</translation>
    </message>
    <message>
        <source>The complaint cannot be saved yet: %1</source>
        <translation>Chưa thể lưu khiếu nại: %1</translation>
    </message>
    <message>
        <source>Tick a finding to link it to the complaint; untick it to unlink it</source>
        <translation>Đánh dấu một vi phạm để liên kết với khiếu nại; bỏ đánh dấu để hủy liên kết</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s 12-digit identity number to pick from their findings.</source>
        <translation>Nhập số định danh 12 chữ số của công dân để chọn trong các vi phạm liên quan đến công dân.</translation>
    </message>
    <message>
        <source>Looking up the findings of citizen %1…</source>
        <translation>Đang tra cứu các vi phạm liên quan đến công dân %1…</translation>
    </message>
    <message>
        <source>Citizen %1:</source>
        <translation>Công dân %1:</translation>
    </message>
    <message>
        <source>no finding %1.</source>
        <translation>không có vi phạm nào %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) %1.</source>
        <translation>
            <numerusform>%n vi phạm %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) about %1 %2.</source>
        <translation>
            <numerusform>%n vi phạm của %1 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about other providers)</source>
        <translation>
            <numerusform>(và %n vi phạm của doanh nghiệp khác)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the findings that bear the complaint out; a complaint concerns one provider.</source>
        <translation>Đánh dấu các vi phạm làm căn cứ cho khiếu nại; mỗi khiếu nại chỉ liên quan đến một doanh nghiệp.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintsPage</name>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;Tiếp nhận khiếu nại</translation>
    </message>
    <message>
        <source>&amp;Export complaints…</source>
        <translation>&amp;Xuất danh sách khiếu nại…</translation>
    </message>
    <message>
        <source>&amp;Remove complaint…</source>
        <translation>Xó&amp;a khiếu nại…</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s &amp;timeline</source>
        <translation>Xem &amp;diễn biến của công dân</translation>
    </message>
    <message>
        <source>Record a citizen&apos;s complaint received through Hue-S, the hotline, in person or by letter (Ctrl+N)</source>
        <translation>Ghi nhận khiếu nại của công dân tiếp nhận qua Hue-S, đường dây nóng, trực tiếp hoặc bằng đơn thư (Ctrl+N)</translation>
    </message>
    <message>
        <source>Write the complaints as listed to a CSV file, identity numbers masked (Ctrl+E)</source>
        <translation>Ghi danh sách khiếu nại đang hiển thị ra tệp CSV, số định danh đã che (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove the selected complaint (only one not gathered into a case); the reason is kept in the audit log</source>
        <translation>Xóa khiếu nại đã chọn (chỉ khiếu nại chưa thuộc vụ việc nào); lý do được lưu trong nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Show the selected complaint&apos;s citizen on the citizen look-up page</source>
        <translation>Xem công dân của khiếu nại đã chọn trên trang Tra cứu công dân</translation>
    </message>
    <message>
        <source>No complaints recorded — press New complaint to record one</source>
        <translation>Chưa có khiếu nại nào — nhấn Khiếu nại mới để ghi nhận</translation>
    </message>
    <message>
        <source>Complaints reach the Department through Hue-S feedback, the hotline 1900 1075, in person or by letter. Each is verified against the data and in practice (§5.2).</source>
        <translation>Khiếu nại đến Sở qua phản ánh trên Hue-S, đường dây nóng 1900 1075, trực tiếp hoặc bằng đơn thư. Mỗi khiếu nại được xác minh trên dữ liệu và trên thực tế (§5.2).</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Khiếu nại mới</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln khiếu nại</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 complaints</source>
        <translation>%1 trên %2 khiếu nại</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) linked to the complaint in the form; save it to keep them.</source>
        <translation>
            <numerusform>Đã liên kết %n vi phạm với khiếu nại trong biểu mẫu; hãy lưu khiếu nại để giữ các liên kết này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove complaint no. %1</source>
        <translation>Xóa khiếu nại số %1</translation>
    </message>
    <message>
        <source>Why is the complaint removed? The reason is kept in the audit log.</source>
        <translation>Vì sao xóa khiếu nại này? Lý do được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Xuất danh sách khiếu nại</translation>
    </message>
    <message>
        <source>complaints.csv</source>
        <translation>khieu-nai.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 complaints written to %2.</source>
        <translation>Đã ghi %1 khiếu nại vào %2.</translation>
    </message>
    <message>
        <source>Their version of complaint no. %1 is in the form; yours is on the clipboard.</source>
        <translation>Bản của họ cho khiếu nại số %1 đang ở trong biểu mẫu; bản của bạn ở bộ nhớ tạm.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ConnectionDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Xóa cấu hình</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Ghi nhớ mật khẩu trong kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lưu cấu hình</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Connect to a registry</source>
        <translation>Kết nối tới cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Connections saved in the settings (passwords are never saved there)</source>
        <translation>Các kết nối đã lưu trong cài đặt (mật khẩu không bao giờ được lưu ở đó)</translation>
    </message>
    <message>
        <source>Forget the selected profile and its keychain entry</source>
        <translation>Xóa cấu hình đã chọn và mật khẩu tương ứng trong kho mật khẩu</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Kết nối đã lưu</translation>
    </message>
    <message>
        <source>e.g. Hue-S production</source>
        <translation>ví dụ: Hue-S chính thức</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Tệp SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>Where the registry is kept</source>
        <translation>Nơi lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>/path/to/registry.sqlite</source>
        <translation>/path/to/registry.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the registry file</source>
        <translation>Chọn tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>leave empty to use the saved password</source>
        <translation>để trống để dùng mật khẩu đã lưu</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Tên cấu hình:</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Nguồn dữ liệu:</translation>
    </message>
    <message>
        <source>Save these details under the profile name</source>
        <translation>Lưu các thông tin này với tên cấu hình đã nhập</translation>
    </message>
    <message>
        <source>Open this registry read-only</source>
        <translation>Mở cơ sở dữ liệu này ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.sqlite3 *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the registry file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Hãy nhập máy chủ, cơ sở dữ liệu và người dùng.</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>Kho mật khẩu của hệ thống không khả dụng</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be saved there. SignWatch keeps it in memory for this session only; you will be asked again after a restart.</source>
        <translation>Kho mật khẩu của hệ thống không khả dụng nên không thể lưu mật khẩu vào đó. SignWatch chỉ giữ mật khẩu trong bộ nhớ cho phiên làm việc này; sau khi khởi động lại, phần mềm sẽ hỏi lại mật khẩu.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Hãy đặt tên cho cấu hình.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Đã lưu cấu hình “%1”.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved password is removed from the keychain too; the registry itself is not touched.</source>
        <translation>Xóa cấu hình “%1”? Mật khẩu đã lưu của cấu hình này cũng bị xóa khỏi kho mật khẩu; bản thân cơ sở dữ liệu không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Enter the password: none is saved for this connection.</source>
        <translation>Hãy nhập mật khẩu: kết nối này chưa có mật khẩu được lưu.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>The password (and a client key&apos;s passphrase) go to the system keychain, never to the settings file</source>
        <translation>Mật khẩu (và cụm mật khẩu của khóa máy khách) được lưu trong kho mật khẩu của hệ thống, không bao giờ lưu trong tệp cài đặt</translation>
    </message>
    <message>
        <source>Try these details without leaving the registry that is open</source>
        <translation>Thử các thông tin này mà không rời cơ sở dữ liệu đang mở</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Đang kiểm tra kết nối tới %1…</translation>
    </message>
    <message>
        <source>The connection works: %1.</source>
        <translation>Kết nối hoạt động: %1.</translation>
    </message>
    <message>
        <source>The registry file can be read.</source>
        <translation>Đọc được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The registry meets the data contract.</source>
        <translation>Cơ sở dữ liệu đáp ứng quy ước dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>The registry does not meet the data contract: %n problem(s).</source>
        <translation>
            <numerusform>Cơ sở dữ liệu chưa đáp ứng quy ước dữ liệu: %n vấn đề.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentAnnouncementEditor</name>
    <message>
        <source>One recipient a line, e.g. Lưu: VT, TTS</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ Lưu: VT, TTS</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>ví dụ KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>From the signed minutes</source>
        <translation>Lấy từ biên bản đã ký</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation>Bị loại từ ngày</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Doanh nghiệp: %1 (%2)</translation>
    </message>
    <message>
        <source>Minutes cited: no. %1, %2</source>
        <translation>Biên bản được dẫn chiếu: số %1, %2</translation>
    </message>
    <message numerus="yes">
        <source> — %n case(s)</source>
        <translation>
            <numerusform> — %n trường hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers that remain in the programme: %1</source>
        <translation>Các doanh nghiệp còn tham gia chương trình: %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentMinutesEditor</name>
    <message>
        <source>One person a line: name, title</source>
        <translation>Mỗi dòng một người: họ tên, chức vụ</translation>
    </message>
    <message>
        <source>None, or one person a line: name, role</source>
        <translation>Không có, hoặc mỗi dòng một người: họ tên, vai trò</translation>
    </message>
    <message>
        <source>What the provider&apos;s representative says</source>
        <translation>Ý kiến của người đại diện doanh nghiệp</translation>
    </message>
    <message>
        <source>The Department&apos;s conclusion</source>
        <translation>Kết luận của Sở</translation>
    </message>
    <message>
        <source>One measure a line</source>
        <translation>Mỗi dòng một biện pháp</translation>
    </message>
    <message>
        <source>Removal from the programme from</source>
        <translation>Loại khỏi chương trình từ ngày</translation>
    </message>
    <message>
        <source>One recipient a line, e.g. Lưu: VT, TTS</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ Lưu: VT, TTS</translation>
    </message>
    <message>
        <source>e.g. the Department&apos;s meeting room, house number, street, ward, Huế</source>
        <translation>ví dụ: phòng họp của Sở, số nhà, đường, phường, thành phố Huế</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>ví dụ KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Violation / record</source>
        <translation>Vi phạm / bản ghi</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nội dung sự việc</translation>
    </message>
    <message>
        <source>From the case&apos;s findings; change them on the Cases page. Identity numbers are printed masked.</source>
        <translation>Lấy từ các vi phạm của vụ việc; thay đổi trên trang Hồ sơ vụ việc. Số định danh được in ở dạng đã che.</translation>
    </message>
    <message>
        <source>1. Time and place</source>
        <translation>1. Thời gian và địa điểm</translation>
    </message>
    <message>
        <source>Meeting began</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>2. Participants</source>
        <translation>2. Thành phần tham dự</translation>
    </message>
    <message>
        <source>For the Department</source>
        <translation>Đại diện Sở</translation>
    </message>
    <message>
        <source>For the provider</source>
        <translation>Đại diện doanh nghiệp</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <source>3. Violations (from the case&apos;s findings)</source>
        <translation>3. Các vi phạm (từ các vi phạm của vụ việc)</translation>
    </message>
    <message>
        <source>5. Conclusion and measures</source>
        <translation>5. Kết luận và biện pháp xử lý</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Biện pháp xử lý</translation>
    </message>
    <message>
        <source>6. Closing</source>
        <translation>6. Kết thúc</translation>
    </message>
    <message>
        <source>Meeting ended</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Copies kept by each party</source>
        <translation>Số bản mỗi bên giữ</translation>
    </message>
    <message>
        <source>7. Signatures</source>
        <translation>7. Chữ ký</translation>
    </message>
    <message>
        <source>Provider&apos;s signer: title</source>
        <translation>Người ký của doanh nghiệp: chức vụ</translation>
    </message>
    <message>
        <source>Provider&apos;s signer: name</source>
        <translation>Người ký của doanh nghiệp: họ tên</translation>
    </message>
    <message>
        <source>Department: authority</source>
        <translation>Sở: thẩm quyền ký</translation>
    </message>
    <message>
        <source>Department: title</source>
        <translation>Sở: chức vụ</translation>
    </message>
    <message>
        <source>Department: signer&apos;s name</source>
        <translation>Sở: họ tên người ký</translation>
    </message>
    <message>
        <source>8. Recipients</source>
        <translation>8. Nơi nhận</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n trường hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>One person a line: name, title; authority (theo Giấy ủy quyền số … ngày …)</source>
        <translation>Mỗi dòng một người: họ tên, chức vụ; thẩm quyền (theo Giấy ủy quyền số … ngày …)</translation>
    </message>
    <message>
        <source>The name of the Department&apos;s participant who records the minutes</source>
        <translation>Họ tên người của Sở ghi biên bản</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>Recorded below</source>
        <translation>Ghi ý kiến dưới đây</translation>
    </message>
    <message>
        <source>The representative has no opinion</source>
        <translation>Đại diện doanh nghiệp không có ý kiến</translation>
    </message>
    <message>
        <source>The representative refused to sign</source>
        <translation>Đại diện doanh nghiệp không ký biên bản</translation>
    </message>
    <message>
        <source>The reason given for refusing, if any</source>
        <translation>Lý do không ký (nếu có)</translation>
    </message>
    <message>
        <source>Recorder (Thư ký)</source>
        <translation>Thư ký (người ghi biên bản)</translation>
    </message>
    <message>
        <source>Provider: full legal name</source>
        <translation>Doanh nghiệp: tên đầy đủ theo pháp lý</translation>
    </message>
    <message>
        <source>Provider: address</source>
        <translation>Doanh nghiệp: địa chỉ</translation>
    </message>
    <message>
        <source>Provider: business registration number</source>
        <translation>Doanh nghiệp: mã số doanh nghiệp</translation>
    </message>
    <message>
        <source>4. The provider&apos;s opinion</source>
        <translation>4. Ý kiến của doanh nghiệp</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Lý do không ký</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentsPage</name>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>Xem trước &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>Ký văn bả&amp;n…</translation>
    </message>
    <message>
        <source>Give the document its number and freeze it; it cannot change afterwards</source>
        <translation>Cấp số cho văn bản và khóa nội dung; sau đó văn bản không thể thay đổi</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất PDF &amp;ra tệp…</translation>
    </message>
    <message>
        <source>Write the document&apos;s PDF to a file</source>
        <translation>Ghi tệp PDF của văn bản ra một tệp</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <source>Start a new document that corrects the signed one and cites it</source>
        <translation>Bắt đầu một văn bản mới đính chính văn bản đã ký và dẫn chiếu văn bản đó</translation>
    </message>
    <message>
        <source>Draw up the &amp;announcement</source>
        <translation>&amp;Soạn thông báo</translation>
    </message>
    <message>
        <source>Start the public announcement (thông báo) of the signed minutes</source>
        <translation>Bắt đầu soạn thông báo công khai của biên bản đã ký</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>Write the list of documents to a CSV file (Ctrl+E)</source>
        <translation>Ghi danh sách văn bản ra tệp CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Undo the last change to the draft (Ctrl+Z)</source>
        <translation>Hoàn tác thay đổi gần nhất trong bản dự thảo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Làm lại thay đổi vừa hoàn tác (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No minutes yet — establish a case&apos;s violation and draw up its minutes on the Cases page</source>
        <translation>Chưa có biên bản nào — hãy xác định vi phạm của một vụ việc và lập biên bản trên trang Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Minutes (biên bản) record an established violation; once signed, their public announcement (thông báo) is drawn up here and published (§5.3).</source>
        <translation>Biên bản ghi nhận vi phạm đã được xác định; sau khi ký, thông báo công khai của biên bản được soạn và công bố tại đây (§5.3).</translation>
    </message>
    <message>
        <source>Select a document to edit or read it</source>
        <translation>Chọn một văn bản để chỉnh sửa hoặc xem</translation>
    </message>
    <message>
        <source>Drafts are saved as you type. Signed documents are frozen: correct them with a new document.</source>
        <translation>Bản dự thảo được lưu tự động khi bạn nhập. Văn bản đã ký bị khóa: muốn sửa, hãy lập văn bản đính chính.</translation>
    </message>
    <message>
        <source>Publishing to the portal is not set up</source>
        <translation>Chưa thiết lập việc công bố lên Cổng thông tin điện tử</translation>
    </message>
    <message>
        <source>Signed announcements are sent to the Department&apos;s portal once its address and token are set in Settings.</source>
        <translation>Thông báo đã ký được gửi lên Cổng thông tin điện tử của Sở sau khi địa chỉ và mã truy cập (token) được thiết lập trong Cài đặt.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Biên bản &amp; thông báo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 trên %2 văn bản</translation>
    </message>
    <message>
        <source>%1 %2 of case no. %3 — signed %4 by %5; SHA-256 %6</source>
        <translation>%1 %2 của vụ việc số %3 — %5 ký ngày %4; SHA-256 %6</translation>
    </message>
    <message>
        <source>%1 of case no. %2 — draft</source>
        <translation>%1 của vụ việc số %2 — dự thảo</translation>
    </message>
    <message>
        <source>corrects %1</source>
        <translation>đính chính %1</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Có thay đổi chưa lưu…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Đã lưu bản dự thảo lúc %1</translation>
    </message>
    <message>
        <source>Draft, saved</source>
        <translation>Dự thảo, đã lưu</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Hãy chọn một văn bản trước.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Không thể ghi tệp %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>The document cannot be signed yet: it lacks %1.</source>
        <translation>Chưa thể ký văn bản: còn thiếu %1.</translation>
    </message>
    <message>
        <source>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</source>
        <translation>Ký biên bản của vụ việc số %1 đối với %2?

Biên bản sẽ được cấp số biên bản tiếp theo trong năm, tệp PDF được lưu kèm mã SHA-256 và biên bản sẽ không bao giờ thay đổi được nữa. Khi đó, sai sót chỉ có thể được sửa bằng văn bản đính chính.</translation>
    </message>
    <message>
        <source>Sign the announcement of case no. %1 about %2?

It gets the next announcement number of the year and can never be changed again. It is published from the Cases page.</source>
        <translation>Ký thông báo của vụ việc số %1 về %2?

Thông báo sẽ được cấp số thông báo tiếp theo trong năm và không bao giờ thay đổi được nữa. Thông báo được công bố từ trang Hồ sơ vụ việc.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <source>Sign the announcement</source>
        <translation>Ký thông báo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>A correcting draft is started; once signed it takes the next number and cites %1.</source>
        <translation>Đã bắt đầu bản dự thảo đính chính; khi được ký, văn bản sẽ nhận số tiếp theo và dẫn chiếu %1.</translation>
    </message>
    <message>
        <source>Export the list of documents</source>
        <translation>Xuất danh sách văn bản</translation>
    </message>
    <message>
        <source>documents.csv</source>
        <translation>van-ban.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 documents written to %2.</source>
        <translation>Đã ghi %1 văn bản vào %2.</translation>
    </message>
    <message>
        <source>Compare with theirs…</source>
        <translation>So sánh với bản của họ…</translation>
    </message>
    <message>
        <source>Not saved: changed at another desk</source>
        <translation>Chưa lưu: đã được sửa ở máy khác</translation>
    </message>
    <message>
        <source>It has been signed since.</source>
        <translation>Văn bản đã được ký sau đó.</translation>
    </message>
    <message>
        <source>Their version is in the editor; yours is on the clipboard.</source>
        <translation>Bản của họ đang ở trong trình soạn thảo; bản của bạn ở bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>Issued by %1 (%2); a signed document never changes.</source>
        <translation>Do %1 (%2) ban hành; văn bản đã ký không bao giờ thay đổi.</translation>
    </message>
    <message>
        <source>Si&amp;gnatures…</source>
        <translation>&amp;Chữ ký số…</translation>
    </message>
    <message>
        <source>Check the signed document&apos;s digital signatures and list them</source>
        <translation>Kiểm tra và liệt kê các chữ ký số của văn bản đã ký</translation>
    </message>
    <message>
        <source>%1 %2 is signed digitally and frozen.</source>
        <translation>%1 %2 đã được ký số và khóa.</translation>
    </message>
    <message>
        <source>%1 %2 is numbered and frozen: print it and sign it on paper (no signing key is set in Settings).</source>
        <translation>%1 %2 đã được cấp số và khóa: hãy in ra và ký trên giấy (chưa cài đặt khóa ký trong Cài đặt).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>Chữ ký số của %1</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>Tệp không có chữ ký số.</translation>
    </message>
    <message>
        <source>Show the document&apos;s PDF as it will print</source>
        <translation>Xem tệp PDF của văn bản đúng như khi in</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the document&apos;s PDF through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>In tệp PDF của văn bản qua hộp thoại in của hệ thống (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>sw::ui::DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>giây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ErrorPanel</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Show the technical message, for a support request</source>
        <translation>Hiện thông báo kỹ thuật, dùng khi cần đề nghị hỗ trợ</translation>
    </message>
</context>
<context>
    <name>sw::ui::EvidenceTimeline</name>
    <message>
        <source>app</source>
        <translation>ứng dụng</translation>
    </message>
    <message>
        <source>door to door</source>
        <translation>tận nhà</translation>
    </message>
    <message>
        <source>request on Hue-S</source>
        <translation>đăng ký nhu cầu trên Hue-S</translation>
    </message>
    <message>
        <source>import of an older signature</source>
        <translation>nhập dữ liệu chữ ký số cấp trước chương trình</translation>
    </message>
    <message>
        <source>Records on a time line</source>
        <translation>Các bản ghi trên trục thời gian</translation>
    </message>
    <message>
        <source>%1 activated certificate #%2 (%3)</source>
        <translation>%1 đã kích hoạt chứng thư #%2 (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 recorded on Hue-S as a technical error (%3)</source>
        <translation>Chứng thư #%1 của %2 được ghi nhận trên Hue-S ở trạng thái lỗi kỹ thuật (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 recorded on Hue-S (%3)</source>
        <translation>Chứng thư #%1 của %2 được ghi nhận trên Hue-S (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 revoked</source>
        <translation>Chứng thư #%1 của %2 đã bị thu hồi</translation>
    </message>
    <message>
        <source> (switch of provider)</source>
        <translation> (chuyển doanh nghiệp)</translation>
    </message>
    <message>
        <source> (at the citizen&apos;s request)</source>
        <translation> (theo yêu cầu của công dân)</translation>
    </message>
    <message>
        <source> (entered in error)</source>
        <translation> (nhập sai)</translation>
    </message>
    <message>
        <source>Citizen registered request #%1 with %2 (help by phone)</source>
        <translation>Công dân đăng ký nhu cầu #%1 với %2 (hỗ trợ qua điện thoại)</translation>
    </message>
    <message>
        <source>Citizen registered request #%1 with %2 (help at home)</source>
        <translation>Công dân đăng ký nhu cầu #%1 với %2 (hỗ trợ tại nhà)</translation>
    </message>
    <message>
        <source>%1 marked request #%2 done on Hue-S</source>
        <translation>%1 đánh dấu hoàn thành đăng ký nhu cầu #%2 trên Hue-S</translation>
    </message>
    <message>
        <source>Citizen withdrew request #%1</source>
        <translation>Công dân rút đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>%1 looked the citizen up on Hue-S: a signature exists</source>
        <translation>%1 tra cứu công dân trên Hue-S: đã có chữ ký số</translation>
    </message>
    <message>
        <source>%1 looked the citizen up on Hue-S: none found</source>
        <translation>%1 tra cứu công dân trên Hue-S: chưa có</translation>
    </message>
    <message>
        <source> — this finding</source>
        <translation> — vi phạm này</translation>
    </message>
    <message>
        <source> — evidence</source>
        <translation> — chứng cứ</translation>
    </message>
    <message>
        <source>No records found in the registry.</source>
        <translation>Không tìm thấy bản ghi nào trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source> (after the scan)</source>
        <translation> (sau lần quét)</translation>
    </message>
</context>
<context>
    <name>sw::ui::FilterBar</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Từ … đến …</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>First day of the period (included)</source>
        <translation>Ngày đầu của kỳ (tính cả ngày này)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Ngày cuối của kỳ (tính cả ngày này)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tất cả doanh nghiệp</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Tất cả quy tắc</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Tất cả mức độ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Hiển thị lại tất cả</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tình trạng xử lý</translation>
    </message>
    <message>
        <source>Handled or not</source>
        <translation>Đã hoặc chưa xử lý</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Findings in no case yet</source>
        <translation>Vi phạm chưa được đưa vào vụ việc nào</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Findings sent to a case, including those of a dismissed case</source>
        <translation>Vi phạm đã được đưa vào vụ việc, kể cả vụ việc đã đình chỉ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>A calendar month; the arrows go to the month before or after</source>
        <translation>Một tháng dương lịch; các mũi tên chuyển sang tháng trước hoặc tháng sau</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>A calendar quarter; the arrows go to the quarter before or after</source>
        <translation>Một quý dương lịch; các mũi tên chuyển sang quý trước hoặc quý sau</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Cả đợt triển khai</translation>
    </message>
    <message>
        <source>The programme&apos;s twelve months, from %1 to %2</source>
        <translation>Mười hai tháng triển khai chương trình, từ %1 đến %2</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Ngày đầu sau ngày cuối.</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>The quarter before</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>The quarter after</source>
        <translation>Quý sau</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingDetailPane</name>
    <message>
        <source>Close the detail (Esc)</source>
        <translation>Đóng phần chi tiết (Esc)</translation>
    </message>
    <message>
        <source>Close the detail</source>
        <translation>Đóng phần chi tiết</translation>
    </message>
    <message>
        <source>What makes it a violation</source>
        <translation>Căn cứ xác định vi phạm</translation>
    </message>
    <message>
        <source>The regulation</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Records on Hue-S, in time order</source>
        <translation>Các bản ghi trên Hue-S, theo trình tự thời gian</translation>
    </message>
    <message>
        <source> (suspected: check on the ground)</source>
        <translation> (nghi vấn: cần kiểm tra thực tế)</translation>
    </message>
    <message>
        <source>citizen %1</source>
        <translation>công dân %1</translation>
    </message>
    <message>
        <source>new since the previous scan</source>
        <translation>mới so với lần quét trước</translation>
    </message>
    <message>
        <source>A data-quality finding enforces no clause: the rules cannot read this row.</source>
        <translation>Vi phạm về chất lượng dữ liệu không gắn với điều khoản nào: các quy tắc không đọc được dòng dữ liệu này.</translation>
    </message>
    <message>
        <source>Open the registry to see the records behind this finding.</source>
        <translation>Hãy mở cơ sở dữ liệu để xem các bản ghi làm căn cứ cho vi phạm này.</translation>
    </message>
    <message>
        <source>Reading the records from the registry…</source>
        <translation>Đang đọc các bản ghi từ cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Pale entries happened after the scan&apos;s as-of time (%1).</source>
        <translation>Các mục mờ xảy ra sau thời điểm dữ liệu của lần quét (%1).</translation>
    </message>
    <message>
        <source>Never activated: certificate %1.</source>
        <translation>Chưa bao giờ kích hoạt: chứng thư %1.</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Xử lý vụ việc</translation>
    </message>
    <message>
        <source>Not handled: in no case yet. Send it to casework to open a case (§5.3).</source>
        <translation>Chưa xử lý: chưa được đưa vào vụ việc nào. Chọn Chuyển xử lý vụ việc để mở vụ việc (§5.3).</translation>
    </message>
    <message>
        <source>(linked to a substantiated complaint of the case)</source>
        <translation>(liên kết với khiếu nại có cơ sở của vụ việc)</translation>
    </message>
    <message>
        <source>Handled: the case was dismissed with a reason (see its history).</source>
        <translation>Đã xử lý: vụ việc đã được đình chỉ có nêu lý do (xem lịch sử của vụ việc).</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsExportDialog</name>
    <message>
        <source>The selected findings (%1)</source>
        <translation>Các vi phạm đã chọn (%1)</translation>
    </message>
    <message>
        <source>All filtered findings (%1)</source>
        <translation>Tất cả vi phạm theo bộ lọc (%1)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Xuất danh sách vi phạm</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (UTF-8)</source>
        <translation>CSV dùng cho bảng tính (UTF-8)</translation>
    </message>
    <message>
        <source>JSON Lines (the scan&apos;s format)</source>
        <translation>JSON Lines (định dạng của lần quét)</translation>
    </message>
    <message>
        <source>Citizen identity numbers are masked in the file (046******789): citizens&apos; information is confidential (§1.7).</source>
        <translation>Số định danh công dân được che trong tệp (046******789): thông tin của công dân phải được bảo mật (§1.7).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsModel</name>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Certificate #%1</source>
        <translation>Chứng thư #%1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>Identity numbers are masked (§1.7)</source>
        <translation>Số định danh đã được che (§1.7)</translation>
    </message>
    <message>
        <source>Not found by the previous scan of this registry</source>
        <translation>Lần quét trước trên cơ sở dữ liệu này chưa phát hiện</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>The detection rule that found it</source>
        <translation>Quy tắc phát hiện ra vi phạm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>When it happened, local time (UTC+7)</source>
        <translation>Thời điểm xảy ra, giờ Việt Nam (UTC+7)</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Identity number, masked (§1.7)</source>
        <translation>Số định danh, đã che (§1.7)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>The certificate or request the finding is about</source>
        <translation>Chứng thư hoặc đăng ký nhu cầu liên quan đến vi phạm</translation>
    </message>
    <message>
        <source>Case no. %1 — %2</source>
        <translation>Vụ việc số %1 — %2</translation>
    </message>
    <message>
        <source>Not handled: in no case yet</source>
        <translation>Chưa xử lý: chưa được đưa vào vụ việc nào</translation>
    </message>
    <message>
        <source>Linked to a substantiated complaint of case no. %1</source>
        <translation>Liên kết với khiếu nại có cơ sở của vụ việc số %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>The case the finding was sent to and where it stands; empty: not handled yet</source>
        <translation>Vụ việc mà vi phạm đã được chuyển đến và tình trạng của vụ việc; để trống: chưa xử lý</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsPage</name>
    <message>
        <source>&amp;Scan the registry</source>
        <translation>&amp;Quét cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Export findings…</source>
        <translation>&amp;Xuất danh sách vi phạm…</translation>
    </message>
    <message>
        <source>Only new</source>
        <translation>Chỉ vi phạm mới</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Send to casework</source>
        <translation>Chuyển xử lý vụ việc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Run every detection rule on the open registry and keep the findings</source>
        <translation>Chạy mọi quy tắc phát hiện trên cơ sở dữ liệu đang mở và lưu các vi phạm</translation>
    </message>
    <message>
        <source>Write the selected or the filtered findings to CSV or JSON Lines, with identity numbers masked (Ctrl+E)</source>
        <translation>Ghi các vi phạm đã chọn hoặc theo bộ lọc ra tệp CSV hoặc JSON Lines, số định danh đã che (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show only findings that the previous scan of this registry did not have</source>
        <translation>Chỉ hiển thị các vi phạm mà lần quét trước trên cơ sở dữ liệu này chưa có</translation>
    </message>
    <message>
        <source>Stop the scan; nothing of it is kept</source>
        <translation>Dừng quét; không lưu kết quả nào của lượt quét này</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>Chưa mở cơ sở dữ liệu — chọn Tệp › Kết nối…</translation>
    </message>
    <message>
        <source>Findings come from scanning a registry: open the Hue-S issuance registry first.</source>
        <translation>Vi phạm được phát hiện bằng cách quét cơ sở dữ liệu: hãy mở cơ sở dữ liệu cấp phát của Hue-S trước.</translation>
    </message>
    <message>
        <source>No scan yet — press Scan to start</source>
        <translation>Chưa có lần quét nào — nhấn Quét để bắt đầu</translation>
    </message>
    <message>
        <source>A scan checks every certificate, request and look-up of the registry against the regulation&apos;s rules; its findings are kept on this computer.</source>
        <translation>Mỗi lần quét đối chiếu mọi chứng thư, đăng ký nhu cầu và lượt tra cứu trong cơ sở dữ liệu với các quy tắc của quy định; các vi phạm phát hiện được lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện vi phạm</translation>
    </message>
    <message>
        <source>%1 findings · %2 new</source>
        <translation>%1 vi phạm · %2 mới</translation>
    </message>
    <message>
        <source> (showing the new ones)</source>
        <translation> (đang hiển thị vi phạm mới)</translation>
    </message>
    <message>
        <source> — of %1 in the scan</source>
        <translation> — trên tổng số %1 của lần quét</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan of %1 (%2), registry as of %3: %4 certificates checked, %5 findings, %6 new since the previous scan, in %7 s.</source>
        <translation>Lần quét %1 (%2), dữ liệu tính đến %3: đã đối chiếu %4 chứng thư, %5 vi phạm, %6 vi phạm mới so với lần quét trước, trong %7 giây.</translation>
    </message>
    <message>
        <source>Opening connections to the registry…</source>
        <translation>Đang mở các kết nối tới cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Stopping the scan…</source>
        <translation>Đang dừng quét…</translation>
    </message>
    <message>
        <source>Scanned %1 certificates, found %2 findings in %3 s.</source>
        <translation>Đã quét %1 chứng thư, phát hiện %2 vi phạm trong %3 giây.</translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing of it was kept.</source>
        <translation>Đã hủy lượt quét; không lưu kết quả nào.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Tệp JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Xuất danh sách vi phạm</translation>
    </message>
    <message>
        <source>Exported %1 findings to %2, with identity numbers masked.</source>
        <translation>Đã xuất %1 vi phạm ra %2, số định danh đã được che.</translation>
    </message>
    <message>
        <source>Open a case against the provider of the selected findings (§5.3); select findings of one provider</source>
        <translation>Mở vụ việc đối với doanh nghiệp của các vi phạm đã chọn (§5.3); chỉ chọn vi phạm của một doanh nghiệp</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Watch the registry live: after one full scan, check what changed every %1 s, list new findings as they appear and announce them on the desktop</source>
        <translation>Theo dõi trực tiếp cơ sở dữ liệu: sau một lần quét toàn bộ, cứ %1 giây kiểm tra các thay đổi, liệt kê vi phạm mới ngay khi phát sinh và thông báo trên màn hình</translation>
    </message>
    <message>
        <source>Live: catching up with the registry since %1…</source>
        <translation>Trực tiếp: đang cập nhật các thay đổi của cơ sở dữ liệu từ %1…</translation>
    </message>
    <message>
        <source>Live: scanning the registry once in full…</source>
        <translation>Trực tiếp: đang quét toàn bộ cơ sở dữ liệu một lần…</translation>
    </message>
    <message>
        <source>Live: registry checked at %1</source>
        <translation>Trực tiếp: đã kiểm tra cơ sở dữ liệu lúc %1</translation>
    </message>
    <message>
        <source>Live: the registry could not be read at %1 (%2); trying again at the next check.</source>
        <translation>Trực tiếp: không đọc được cơ sở dữ liệu lúc %1 (%2); sẽ thử lại ở lần kiểm tra sau.</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) since %1</source>
        <translation>
            <numerusform>%n vi phạm mới từ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>không rõ doanh nghiệp</translation>
    </message>
    <message>
        <source>New finding: %1</source>
        <translation>Vi phạm mới: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n vi phạm mới</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 not handled</source>
        <translation> · %1 chưa xử lý</translation>
    </message>
    <message>
        <source>The thresholds in Settings changed since this scan: scan again (F5) to apply them.</source>
        <translation>Ngưỡng trong Cài đặt đã thay đổi sau lần quét này: hãy quét lại (F5) để áp dụng.</translation>
    </message>
</context>
<context>
    <name>sw::ui::HelpDialog</name>
    <message>
        <source>SignWatch — user guide</source>
        <translation>SignWatch — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Tìm trong hướng dẫn</translation>
    </message>
    <message>
        <source>Find a word in the guide and the glossary (Enter: the next match)</source>
        <translation>Tìm một từ trong hướng dẫn và phần thuật ngữ (Enter: kết quả tiếp theo)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the guide (Esc)</source>
        <translation>Đóng hướng dẫn (Esc)</translation>
    </message>
    <message>
        <source>%1, suspected: check on the ground</source>
        <translation>%1, nghi vấn: cần kiểm tra thực tế</translation>
    </message>
    <message>
        <source>It enforces no clause: it reports records the other rules cannot read. Its ground:</source>
        <translation>Quy tắc này không thực thi điều khoản nào: quy tắc báo các bản ghi mà các quy tắc khác không đọc được. Căn cứ:</translation>
    </message>
</context>
<context>
    <name>sw::ui::IssuingBodiesBox</name>
    <message>
        <source>Issuing bodies</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Add the period…</source>
        <translation>Thêm giai đoạn…</translation>
    </message>
    <message>
        <source>A minutes or an announcement carries the body in force on the day it is signed, a report the body in force on its date; a signed document never changes. When the body changes, a signatory adds the next period here.</source>
        <translation>Biên bản và thông báo mang cơ quan ban hành có hiệu lực vào ngày ký, báo cáo mang cơ quan có hiệu lực vào ngày của báo cáo; văn bản đã ký không bao giờ thay đổi. Khi cơ quan thay đổi, người ký thêm giai đoạn tiếp theo tại đây.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Chữ viết tắt</translation>
    </message>
    <message>
        <source>In running text</source>
        <translation>Trong nội dung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Parent body (header line 1)</source>
        <translation>Cơ quan chủ quản (dòng 1 tiêu đề)</translation>
    </message>
    <message>
        <source>Issuing body (header line 2)</source>
        <translation>Cơ quan ban hành (dòng 2 tiêu đề)</translation>
    </message>
    <message>
        <source>Code in numbers</source>
        <translation>Chữ viết tắt trong số văn bản</translation>
    </message>
    <message>
        <source>Body in running text</source>
        <translation>Tên cơ quan trong nội dung</translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Add the issuing body</source>
        <translation>Thêm cơ quan ban hành</translation>
    </message>
    <message>
        <source>Open a casebook first: the periods are kept in it, shared by every desk.</source>
        <translation>Hãy mở sổ vụ việc trước: các giai đoạn được lưu trong đó, dùng chung cho mọi bàn làm việc.</translation>
    </message>
    <message>
        <source>Documents signed from that day carry the new body.</source>
        <translation>Văn bản ký từ ngày đó mang cơ quan mới.</translation>
    </message>
    <message>
        <source>From %1, documents will be signed as %2 (%3). A period cannot be changed or removed once added. Add it?</source>
        <translation>Từ ngày %1, văn bản sẽ được ký dưới danh nghĩa %2 (%3). Giai đoạn đã thêm không thể sửa hay xóa. Thêm?</translation>
    </message>
    <message>
        <source>Added: documents signed from %1 are issued by %2 (%3).</source>
        <translation>Đã thêm: văn bản ký từ ngày %1 do %2 (%3) ban hành.</translation>
    </message>
    <message>
        <source>the seat&apos;s street address</source>
        <translation>địa chỉ trụ sở</translation>
    </message>
    <message>
        <source>Record the address for the selected period</source>
        <translation>Ghi địa chỉ cho giai đoạn đã chọn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Address of the seat (where minutes are drawn up)</source>
        <translation>Địa chỉ trụ sở (nơi lập biên bản)</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2) has its seat at %3.</source>
        <translation>Đã ghi: %1 (%2) có trụ sở tại %3.</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện vi phạm</translation>
    </message>
    <message>
        <source>Citizen look-up</source>
        <translation>Tra cứu công dân</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Biên bản &amp; thông báo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Kết nối…</translation>
    </message>
    <message>
        <source>Open a registry read-only (Ctrl+O)</source>
        <translation>Mở cơ sở dữ liệu ở chế độ chỉ đọc (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <source>Close the open registry</source>
        <translation>Đóng cơ sở dữ liệu đang mở</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Close SignWatch (Ctrl+Q)</source>
        <translation>Đóng SignWatch (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About SignWatch</source>
        <translation>&amp;Giới thiệu SignWatch</translation>
    </message>
    <message>
        <source>Version and purpose of SignWatch</source>
        <translation>Phiên bản và mục đích của SignWatch</translation>
    </message>
    <message>
        <source>As of: now</source>
        <translation>Tính đến: hiện tại</translation>
    </message>
    <message>
        <source>The time at which the registry is seen; findings use it too</source>
        <translation>Thời điểm dùng để xem dữ liệu; việc phát hiện vi phạm cũng tính theo thời điểm này</translation>
    </message>
    <message>
        <source>Last scan: no scan yet</source>
        <translation>Lần quét gần nhất: chưa quét</translation>
    </message>
    <message>
        <source>Enter the password for %1: none is saved for this connection.</source>
        <translation>Hãy nhập mật khẩu cho %1: kết nối này chưa có mật khẩu được lưu.</translation>
    </message>
    <message>
        <source>About SignWatch</source>
        <translation>Giới thiệu SignWatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SignWatch %1&lt;/h3&gt;&lt;p&gt;Supervision console of the Department of Information and Communications of Thừa Thiên Huế for the 2023 free digital-signature campaign.&lt;/p&gt;&lt;p&gt;It reads the Hue-S issuance registry read-only and never changes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SignWatch %1&lt;/h3&gt;&lt;p&gt;Phần mềm giám sát của Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế phục vụ chiến dịch cấp miễn phí chữ ký số cho người dân năm 2023.&lt;/p&gt;&lt;p&gt;Phần mềm chỉ đọc dữ liệu cấp phát trên Hue-S và không bao giờ thay đổi dữ liệu này.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read the registry again for this page; on the findings page, scan (F5)</source>
        <translation>Đọc lại dữ liệu cho trang này; trên trang Phát hiện vi phạm thì quét lại (F5)</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Vi phạm</translation>
    </message>
    <message>
        <source>Scan the registry on the findings page (F5 there)</source>
        <translation>Quét cơ sở dữ liệu trên trang Phát hiện vi phạm (F5 tại trang đó)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Last scan: %1 (%2 findings)</source>
        <translation>Lần quét gần nhất: %1 (%2 vi phạm)</translation>
    </message>
    <message>
        <source>Scanned %1, registry as of %2</source>
        <translation>Quét lúc %1, dữ liệu tính đến %2</translation>
    </message>
    <message>
        <source>&amp;Casework</source>
        <translation>&amp;Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>Xuất &amp;bảng ra CSV…</translation>
    </message>
    <message>
        <source>Write the table of the overview or of the citizen&apos;s timeline to a CSV file (UTF-8), identity numbers as shown</source>
        <translation>Ghi bảng của trang Tổng quan hoặc bảng diễn biến của công dân ra tệp CSV (UTF-8), số định danh giữ nguyên như đang hiển thị</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Đã hủy việc kết nối.</translation>
    </message>
    <message>
        <source>Registry not opened</source>
        <translation>Chưa mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 vẫn đang mở.</translation>
    </message>
    <message>
        <source>Connect to the &amp;casebook</source>
        <translation>Kết nối tới &amp;sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Try again to reach the casebook named under Settings</source>
        <translation>Thử kết nối lại tới sổ hồ sơ vụ việc đã chọn trong Cài đặt</translation>
    </message>
    <message>
        <source>Casebook password</source>
        <translation>Mật khẩu sổ hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>No password is saved for %1 on the Department&apos;s casebook %2. Enter it to work on the casework (kept in memory for this session; save it in the keychain under Settings).</source>
        <translation>Chưa lưu mật khẩu của %1 cho sổ hồ sơ vụ việc của Sở %2. Hãy nhập để làm việc với hồ sơ vụ việc (chỉ giữ trong bộ nhớ cho phiên này; lưu vào kho mật khẩu trong Cài đặt).</translation>
    </message>
    <message>
        <source>No password was given for the casebook %1.</source>
        <translation>Chưa nhập mật khẩu cho sổ hồ sơ vụ việc %1.</translation>
    </message>
    <message>
        <source>Casebook: connecting…</source>
        <translation>Sổ hồ sơ vụ việc: đang kết nối…</translation>
    </message>
    <message>
        <source>Casebook: cannot be reached</source>
        <translation>Sổ hồ sơ vụ việc: không kết nối được</translation>
    </message>
    <message>
        <source>Casebook: not connected</source>
        <translation>Sổ hồ sơ vụ việc: chưa kết nối</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>chưa có vai trò</translation>
    </message>
    <message>
        <source>The Department&apos;s shared casebook %1; you are signed in as %2</source>
        <translation>Sổ dùng chung của Sở %1; bạn đăng nhập với tài khoản %2</translation>
    </message>
    <message>
        <source>Casebook: %1 · %2 (%3)</source>
        <translation>Sổ hồ sơ vụ việc: %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Casebook: this desk · %1 (%2)</source>
        <translation>Sổ hồ sơ vụ việc: máy này · %1 (%2)</translation>
    </message>
    <message>
        <source>This desk&apos;s casebook file %1; you are signed in as %2</source>
        <translation>Tệp sổ hồ sơ vụ việc của máy này %1; bạn đăng nhập với tài khoản %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>How to work with the page on show (F1)</source>
        <translation>Cách làm việc với trang đang xem (F1)</translation>
    </message>
    <message>
        <source>&amp;Glossary and rules</source>
        <translation>&amp;Thuật ngữ và quy tắc</translation>
    </message>
    <message>
        <source>The detection rules with the regulation&apos;s words for each clause, and the terms used in the console</source>
        <translation>Các quy tắc phát hiện vi phạm kèm nguyên văn điều khoản của Quy định, và các thuật ngữ dùng trong bàn giám sát</translation>
    </message>
</context>
<context>
    <name>sw::ui::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Next attempt, local time (UTC+7)</source>
        <translation>Lần gửi tiếp theo, giờ Việt Nam (UTC+7)</translation>
    </message>
    <message>
        <source>Confirmed by the portal, local time (UTC+7)</source>
        <translation>Thời điểm Cổng thông tin điện tử xác nhận, giờ Việt Nam (UTC+7)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
    <message>
        <source>The document&apos;s number (số văn bản)</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>The document&apos;s subject line</source>
        <translation>Trích yếu của văn bản</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>How many times it was sent to the portal</source>
        <translation>Số lần đã gửi lên Cổng thông tin điện tử</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>The next attempt while waiting; when the portal confirmed it once published</source>
        <translation>Lần gửi tiếp theo khi đang chờ; thời điểm Cổng thông tin điện tử xác nhận khi đã công bố</translation>
    </message>
    <message>
        <source>Next attempt / published</source>
        <translation>Lần gửi tiếp theo / đã công bố</translation>
    </message>
    <message>
        <source>The portal&apos;s reference for the published announcement</source>
        <translation>Số tham chiếu của Cổng thông tin điện tử cho thông báo đã công bố</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Số tham chiếu trên Cổng</translation>
    </message>
    <message>
        <source>Why the last attempt failed</source>
        <translation>Lý do lần gửi gần nhất không thành công</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>sw::ui::OutboxView</name>
    <message>
        <source>Retry now</source>
        <translation>Gửi lại ngay</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Loại bỏ…</translation>
    </message>
    <message>
        <source>Publications to the portal</source>
        <translation>Công bố lên Cổng thông tin điện tử</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
    <message>
        <source>Nothing has been sent to the portal yet</source>
        <translation>Chưa có văn bản nào được gửi lên Cổng thông tin điện tử</translation>
    </message>
    <message>
        <source>An announcement you publish waits here until the Department&apos;s portal confirms it.</source>
        <translation>Thông báo bạn công bố sẽ nằm trong hàng chờ công bố cho đến khi Cổng thông tin điện tử của Sở xác nhận.</translation>
    </message>
    <message>
        <source>Send the selected announcement to the portal now instead of waiting</source>
        <translation>Gửi ngay thông báo đã chọn lên Cổng thông tin điện tử thay vì chờ</translation>
    </message>
    <message>
        <source>Send the refused announcement again, after fixing what the portal objected to (e.g. a new token in Settings)</source>
        <translation>Gửi lại thông báo bị từ chối, sau khi đã khắc phục điều Cổng thông tin điện tử không chấp nhận (ví dụ: mã truy cập mới trong Cài đặt)</translation>
    </message>
    <message>
        <source>Remove the refused announcement from the outbox, so that a corrected one can take its number</source>
        <translation>Loại bỏ thông báo bị từ chối khỏi hàng chờ công bố để thông báo đã sửa có thể dùng số của thông báo này</translation>
    </message>
    <message>
        <source>Discard the announcement</source>
        <translation>Loại bỏ thông báo</translation>
    </message>
    <message>
        <source>Remove announcement %1 from the outbox? The portal refused it and has not published it; it will not be sent again.</source>
        <translation>Loại bỏ thông báo %1 khỏi hàng chờ công bố? Cổng thông tin điện tử đã từ chối và chưa đăng thông báo này; thông báo sẽ không được gửi lại.</translation>
    </message>
    <message>
        <source>Waiting: %1 · Refused: %2 · Published: %3</source>
        <translation>Đang chờ: %1 · Bị từ chối: %2 · Đã công bố: %3</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <source>%1 is waiting: %2</source>
        <translation>%1 đang chờ: %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewPage</name>
    <message>
        <source>Citizens with a signature</source>
        <translation>Công dân đã có chữ ký số</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>Chưa mở cơ sở dữ liệu — chọn Tệp › Kết nối…</translation>
    </message>
    <message>
        <source>Open the Hue-S issuance registry (a SQLite file or a PostgreSQL server) to see certificates, requests and look-ups per provider.</source>
        <translation>Mở cơ sở dữ liệu cấp phát của Hue-S (tệp SQLite hoặc máy chủ PostgreSQL) để xem số chứng thư, đăng ký nhu cầu và lượt tra cứu của từng doanh nghiệp.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Opening the registry %1…</source>
        <translation>Đang mở cơ sở dữ liệu %1…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>This registry does not follow the data contract: figures that need the missing parts cannot be counted. Ask Hue-S for a complete export.</source>
        <translation>Cơ sở dữ liệu này chưa theo đúng quy ước dữ liệu: không thể đếm các số liệu cần đến phần còn thiếu. Hãy đề nghị đơn vị vận hành Hue-S cung cấp bản xuất dữ liệu đầy đủ.</translation>
    </message>
    <message>
        <source>of %1 inhabitants (2023); the target is %2</source>
        <translation>trên %1 dân (năm 2023); chỉ tiêu %2</translation>
    </message>
    <message>
        <source>Counted in the registry at %1. Press F5 to count again.</source>
        <translation>Số liệu được đếm trong cơ sở dữ liệu lúc %1. Nhấn F5 để đếm lại.</translation>
    </message>
    <message>
        <source>Share of the population</source>
        <translation>Tỷ lệ trên dân số</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Vi phạm chưa xử lý</translation>
    </message>
    <message>
        <source>Providers excluded</source>
        <translation>Doanh nghiệp bị loại</translation>
    </message>
    <message>
        <source>Export dashboard as PDF…</source>
        <translation>Xuất bảng tổng hợp ra PDF…</translation>
    </message>
    <message>
        <source>Export charts as PNG…</source>
        <translation>Xuất biểu đồ ra PNG…</translation>
    </message>
    <message>
        <source>Save the figures and charts on show as a one-page PDF (Ctrl+E)</source>
        <translation>Lưu các số liệu và biểu đồ đang hiển thị thành tệp PDF một trang (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save each chart on show as a PNG picture in a folder</source>
        <translation>Lưu từng biểu đồ đang hiển thị thành một ảnh PNG trong một thư mục</translation>
    </message>
    <message>
        <source>Certificates by the local day of their Hue-S record: per day for periods up to %1 days, per week (Monday to Sunday) beyond. Click a point for its findings.</source>
        <translation>Số chứng thư theo ngày ghi nhận trên Hue-S (giờ Việt Nam): theo ngày với kỳ đến %1 ngày, theo tuần (thứ Hai đến Chủ nhật) với kỳ dài hơn. Nhấn vào một điểm để xem các vi phạm.</translation>
    </message>
    <message>
        <source>recorded_at − activated_at of programme certificates (§1.4, §2.2). Box: first to third quartile, line: median; whiskers: 5th and 95th percentile.</source>
        <translation>recorded_at − activated_at của các chứng thư trong chương trình (§1.4, §2.2). Hộp: từ tứ phân vị thứ nhất đến thứ ba, vạch: trung vị; râu: bách phân vị thứ 5 và thứ 95.</translation>
    </message>
    <message>
        <source>Counting certificates and requests in the registry…</source>
        <translation>Đang đếm chứng thư và đăng ký nhu cầu trong cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>holding an active or technical-error certificate recorded in the period</source>
        <translation>có chứng thư đang hoạt động hoặc lỗi kỹ thuật được ghi nhận trong kỳ</translation>
    </message>
    <message>
        <source>of the %1 citizens of %2 in the registry</source>
        <translation>trên %1 công dân của %2 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>none removed from the programme (§5.3)</source>
        <translation>không có doanh nghiệp nào bị loại khỏi chương trình (§5.3)</translation>
    </message>
    <message>
        <source>removed from the programme (§5.3): %1</source>
        <translation>bị loại khỏi chương trình (§5.3): %1</translation>
    </message>
    <message>
        <source>Left out because a time cannot be read: %1 certificates and %2 requests (DATA_QUALITY findings).</source>
        <translation>Không tính do không đọc được thời gian: %1 chứng thư và %2 đăng ký nhu cầu (vi phạm DATA_QUALITY).</translation>
    </message>
    <message>
        <source>open findings for this filter; click a bar to see them</source>
        <translation>vi phạm chưa xử lý theo bộ lọc này; nhấn vào một cột để xem</translation>
    </message>
    <message>
        <source>no scan yet for this filter</source>
        <translation>chưa quét với bộ lọc này</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Kỳ: %1 – %2</translation>
    </message>
    <message>
        <source>Period: all time</source>
        <translation>Kỳ: toàn bộ thời gian</translation>
    </message>
    <message>
        <source>District: all</source>
        <translation>Địa bàn: tất cả</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Provider: all</source>
        <translation>Doanh nghiệp: tất cả</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Doanh nghiệp: %1</translation>
    </message>
    <message>
        <source>There are no figures to export yet: open a registry first.</source>
        <translation>Chưa có số liệu để xuất: hãy mở cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <source>Digital signature campaign — overview</source>
        <translation>Chiến dịch cấp chữ ký số — tổng quan</translation>
    </message>
    <message>
        <source>Counted in the registry %1 at %2 (local time, UTC+7).</source>
        <translation>Số liệu đếm trong cơ sở dữ liệu %1 lúc %2 (giờ Việt Nam, UTC+7).</translation>
    </message>
    <message>
        <source>There is no such chart.</source>
        <translation>Không có biểu đồ này.</translation>
    </message>
    <message>
        <source>overview-%1.pdf</source>
        <translation>tong-quan-%1.pdf</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Xuất bảng tổng hợp ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export charts as PNG into a folder</source>
        <translation>Xuất biểu đồ ra PNG vào một thư mục</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Xuất biểu đồ ra PNG</translation>
    </message>
    <message>
        <source>Requests completed within 48 hours of registration, of those completed in time or expired as the rule “%1” judges them (§4.4). Requests withdrawn within 48 hours and requests still inside their 48 hours are not counted.</source>
        <translation>Số đăng ký nhu cầu được hoàn thành trong vòng 48 giờ kể từ khi đăng ký, trên tổng số đăng ký hoàn thành đúng hạn hoặc quá hạn theo quy tắc “%1” (§4.4). Không tính các đăng ký đã rút trong vòng 48 giờ và các đăng ký còn trong thời hạn 48 giờ.</translation>
    </message>
    <message>
        <source>Certificates count on the local day of their Hue-S record. Timeline: per day for periods up to %1 days, per week beyond. Delay: box from the first to the third quartile with the median, whiskers at the 5th and 95th percentiles. 48-hour rate: requests completed within 48 hours of registration, of those completed in time or expired (rule “%2”, §4.4); withdrawn and open requests are not counted.</source>
        <translation>Chứng thư được tính theo ngày ghi nhận trên Hue-S (giờ Việt Nam). Diễn biến: theo ngày với kỳ đến %1 ngày, theo tuần với kỳ dài hơn. Độ trễ: hộp từ tứ phân vị thứ nhất đến thứ ba kèm trung vị, râu tại bách phân vị thứ 5 và thứ 95. Tỷ lệ 48 giờ: số đăng ký nhu cầu hoàn thành trong vòng 48 giờ kể từ khi đăng ký, trên tổng số đăng ký hoàn thành đúng hạn hoặc quá hạn (quy tắc “%2”, §4.4); không tính các đăng ký đã rút và đang mở.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>“%1”: codes that are not among the six providers of the programme (%2). Click its bar or slice to see the findings of these codes.</source>
        <translation>“%1”: các mã không thuộc sáu doanh nghiệp tham gia chương trình (%2). Nhấn vào cột hoặc phần biểu đồ của mục này để xem các phát hiện của các mã này.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Pages as wide as the window</source>
        <translation>Trang rộng bằng cửa sổ</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>A whole page in the window</source>
        <translation>Cả một trang trong cửa sổ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Lớn hơn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the document through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>In văn bản qua hộp thoại in của hệ thống (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::PdfPrinting</name>
    <message>
        <source>The file ended before its last page.</source>
        <translation>Tệp kết thúc trước trang cuối.</translation>
    </message>
    <message>
        <source>It is not a PDF file.</source>
        <translation>Đây không phải tệp PDF.</translation>
    </message>
    <message>
        <source>It is protected by a password.</source>
        <translation>Tệp được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>Its protection is of an unknown kind.</source>
        <translation>Tệp được bảo vệ theo một cách không xác định.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>Không hiển thị được tệp PDF.</translation>
    </message>
    <message>
        <source>The pages chosen are not in the document.</source>
        <translation>Các trang đã chọn không có trong văn bản.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>Máy in ngừng nhận trang.</translation>
    </message>
    <message>
        <source>A page could not be drawn for the printer.</source>
        <translation>Không dựng được một trang để in.</translation>
    </message>
    <message>
        <source>The printer did not finish the document.</source>
        <translation>Máy in chưa in xong văn bản.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PersonStatus</name>
    <message>
        <source>Registry user: %1</source>
        <translation>Tài khoản CSDL: %1</translation>
    </message>
    <message>
        <source>Registry: signed in as %1</source>
        <translation>Cơ sở dữ liệu Hue-S: đăng nhập với tài khoản %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::ProviderOverviewModel</name>
    <message>
        <source>Unknown provider</source>
        <translation>Doanh nghiệp không xác định</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Đã bị loại</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Đang tham gia</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>(not in the providers table)</source>
        <translation>(không có trong bảng doanh nghiệp)</translation>
    </message>
    <message>
        <source>The sums over all providers, including unknown codes</source>
        <translation>Tổng của tất cả doanh nghiệp, kể cả các mã không xác định</translation>
    </message>
    <message>
        <source>Removed from the programme by the Department (§5.3).</source>
        <translation>Đã bị Sở loại khỏi chương trình (§5.3).</translation>
    </message>
    <message>
        <source>Records name this provider code, but the providers table does not list it: a data-quality problem.</source>
        <translation>Có bản ghi mang mã doanh nghiệp này nhưng bảng doanh nghiệp không có mã này: lỗi chất lượng dữ liệu.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Tận nhà</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Hue-S request</source>
        <translation>Qua Hue-S</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Dữ liệu cũ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Certificates issued by staff visiting households (§3)</source>
        <translation>Chứng thư do nhân viên đến tận hộ gia đình cấp (§3)</translation>
    </message>
    <message>
        <source>Certificates from online registration in a provider&apos;s app (§2)</source>
        <translation>Chứng thư cấp theo đăng ký trực tuyến trên ứng dụng của doanh nghiệp (§2)</translation>
    </message>
    <message>
        <source>Certificates issued for needs registered on Hue-S (§4)</source>
        <translation>Chứng thư cấp theo nhu cầu công dân đăng ký trên Hue-S (§4)</translation>
    </message>
    <message>
        <source>Signatures issued before the programme and imported (§2.3)</source>
        <translation>Chữ ký số đã cấp trước chương trình và được nhập lên Hue-S (§2.3)</translation>
    </message>
    <message>
        <source>Certificates with a channel the registry contract does not know</source>
        <translation>Chứng thư có hình thức cấp không có trong quy ước dữ liệu</translation>
    </message>
    <message>
        <source>Certificates with status &quot;active&quot;</source>
        <translation>Chứng thư có trạng thái “active” (đang hoạt động)</translation>
    </message>
    <message>
        <source>Certificates with status &quot;revoked&quot;</source>
        <translation>Chứng thư có trạng thái “revoked” (đã thu hồi)</translation>
    </message>
    <message>
        <source>In 48 h</source>
        <translation>Trong 48 giờ</translation>
    </message>
    <message>
        <source>All certificates recorded on Hue-S in the period, every status</source>
        <translation>Tất cả chứng thư ghi nhận trên Hue-S trong kỳ, ở mọi trạng thái</translation>
    </message>
    <message>
        <source>Needs registered by citizens on Hue-S for this provider in the period (§4.1)</source>
        <translation>Nhu cầu công dân đăng ký trên Hue-S với doanh nghiệp này trong kỳ (§4.1)</translation>
    </message>
    <message>
        <source>Requests completed within 48 hours of registration, of those completed or past their deadline (§4.4; withdrawn and still open requests are not counted)</source>
        <translation>Số đăng ký nhu cầu hoàn thành trong vòng 48 giờ kể từ khi đăng ký, trên tổng số đăng ký đã hoàn thành hoặc quá hạn (§4.4; không tính các đăng ký đã rút và đang mở)</translation>
    </message>
</context>
<context>
    <name>sw::ui::PublishingSettingsBox</name>
    <message>
        <source>Publishing</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>https://… (empty: announcements are not sent to the portal)</source>
        <translation>https://… (để trống: không gửi thông báo lên Cổng thông tin)</translation>
    </message>
    <message>
        <source>The web address at which the Department&apos;s portal receives announcements</source>
        <translation>Địa chỉ web mà Cổng thông tin điện tử của Sở dùng để nhận thông báo</translation>
    </message>
    <message>
        <source>type a new token to replace the saved one</source>
        <translation>nhập mã mới để thay thế mã đã lưu</translation>
    </message>
    <message>
        <source>The access token the portal&apos;s administrators gave this Department; it is kept in the system keychain, never in the settings file</source>
        <translation>Mã truy cập do bộ phận quản trị Cổng thông tin cấp cho Sở; được lưu trong kho mật khẩu của hệ thống, không bao giờ lưu trong tệp cài đặt</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Ask the system keychain again whether it can be used</source>
        <translation>Kiểm tra lại xem kho mật khẩu của hệ thống có dùng được không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the portal&apos;s address, and the token typed in the system keychain</source>
        <translation>Lưu địa chỉ Cổng thông tin, và lưu mã truy cập vừa nhập vào kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Xóa mã truy cập</translation>
    </message>
    <message>
        <source>Delete the portal&apos;s token from the system keychain</source>
        <translation>Xóa mã truy cập Cổng thông tin khỏi kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Địa chỉ Cổng thông tin:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Mã truy cập:</translation>
    </message>
    <message>
        <source>System keychain:</source>
        <translation>Kho mật khẩu hệ thống:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Chưa kiểm tra.</translation>
    </message>
    <message>
        <source>Available: passwords and the portal&apos;s token are kept there.</source>
        <translation>Sẵn sàng: mật khẩu và mã truy cập Cổng thông tin được lưu tại đây.</translation>
    </message>
    <message>
        <source>A token is saved in the system keychain.</source>
        <translation>Đã lưu mã truy cập trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>No token is saved yet: publishing waits for one.</source>
        <translation>Chưa lưu mã truy cập: việc công bố đang chờ mã.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Không dùng được: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1 (%2)</source>
        <translation>Không dùng được: %1 (%2)</translation>
    </message>
    <message>
        <source>Without the keychain, passwords are asked at each connection and kept in memory only, and no token can be saved for the portal.</source>
        <translation>Khi không có kho mật khẩu, mật khẩu được hỏi ở mỗi lần kết nối và chỉ giữ trong bộ nhớ; không thể lưu mã truy cập Cổng thông tin.</translation>
    </message>
    <message>
        <source>The token cannot be saved while the keychain is unavailable.</source>
        <translation>Không thể lưu mã truy cập khi kho mật khẩu không dùng được.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Chưa lưu được mã truy cập: %1</translation>
    </message>
    <message>
        <source>The token was not removed: %1</source>
        <translation>Chưa xóa được mã truy cập: %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::RegistryStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop opening the registry</source>
        <translation>Dừng việc mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 — SignWatch</source>
        <translation>%1 — SignWatch</translation>
    </message>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Use File › Connect… to open a registry</source>
        <translation>Chọn Tệp › Kết nối… để mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>%1 · connection lost</source>
        <translation>%1 · mất kết nối</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · chỉ đọc</translation>
    </message>
    <message>
        <source>connecting to %1…</source>
        <translation>đang kết nối tới %1…</translation>
    </message>
</context>
<context>
    <name>sw::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>The report&apos;s number within the year: Số: 01/BC-STTTT</source>
        <translation>Số thứ tự của báo cáo trong năm: Số: 01/BC-STTTT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>The date printed in the header</source>
        <translation>Ngày ghi ở phần đầu văn bản</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Standard subject for the period</source>
        <translation>Trích yếu chuẩn cho kỳ báo cáo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>The supervisor&apos;s texts</source>
        <translation>Nội dung của người giám sát</translation>
    </message>
    <message>
        <source>Empty: the standard opening sentence</source>
        <translation>Để trống: dùng câu mở đầu chuẩn</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Count the figures and show the report&apos;s pages</source>
        <translation>Đếm số liệu và hiển thị các trang của báo cáo</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Ghi báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop counting the report&apos;s figures</source>
        <translation>Dừng đếm số liệu của báo cáo</translation>
    </message>
    <message>
        <source>No preview yet — choose the period and press Preview.</source>
        <translation>Chưa có bản xem trước — hãy chọn kỳ báo cáo rồi nhấn Xem trước.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s period first: a first and a last day.</source>
        <translation>Hãy chọn kỳ báo cáo trước: ngày đầu và ngày cuối.</translation>
    </message>
    <message>
        <source>Counting the report&apos;s figures…</source>
        <translation>Đang đếm số liệu của báo cáo…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Đã hủy: chưa lập báo cáo nào.</translation>
    </message>
    <message numerus="yes">
        <source>Figures counted in %1 s; %n page(s).</source>
        <translation>
            <numerusform>Đã đếm số liệu trong %1 giây; %n trang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã lưu báo cáo vào %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>%1: the body in force on the report&apos;s date.</source>
        <translation>%1: cơ quan có hiệu lực vào ngày của báo cáo.</translation>
    </message>
    <message>
        <source>Empty: the standard recipients. One recipient per line; the last &quot;Lưu: VT, …&quot;</source>
        <translation>Để trống: nơi nhận thông thường. Mỗi dòng một nơi nhận; dòng cuối &quot;Lưu: VT, …&quot;</translation>
    </message>
    <message>
        <source>Empty: drafted from the figures (results, shortcomings, causes, next tasks); a line &quot;1. …&quot; is a heading</source>
        <translation>Để trống: soạn sẵn từ số liệu (kết quả, tồn tại, nguyên nhân, nhiệm vụ tới); dòng bắt đầu bằng &quot;1. …&quot; là đề mục</translation>
    </message>
    <message>
        <source>General assessment</source>
        <translation>Đánh giá chung</translation>
    </message>
    <message>
        <source>Empty: drafted from the figures; one paragraph per line</source>
        <translation>Để trống: soạn sẵn từ số liệu; mỗi dòng một đoạn</translation>
    </message>
    <message>
        <source>Draft from the figures</source>
        <translation>Soạn từ số liệu</translation>
    </message>
    <message>
        <source>Replace the assessment and the proposals with a draft drawn from the counted figures</source>
        <translation>Thay phần đánh giá và đề xuất bằng bản soạn sẵn từ số liệu đã thống kê</translation>
    </message>
    <message>
        <source>Violations from the findings store %1 (scan of %2).</source>
        <translation>Vi phạm lấy từ kho kết quả quét %1 (lần quét %2).</translation>
    </message>
    <message>
        <source>Violations left out: the findings store %1 holds no scan of this registry.</source>
        <translation>Không có phần vi phạm: kho kết quả quét %1 chưa có lần quét nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Cases and measures from the console&apos;s casebook.</source>
        <translation>Vụ việc và biện pháp xử lý lấy từ sổ hồ sơ vụ việc của ứng dụng.</translation>
    </message>
    <message>
        <source>Cases and measures left out: no casebook is open.</source>
        <translation>Không có phần vụ việc và biện pháp xử lý: chưa mở sổ hồ sơ vụ việc nào.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the report through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>In báo cáo qua hộp thoại in của hệ thống (Ctrl+P)</translation>
    </message>
    <message>
        <source>The preview is of the period chosen before: press Preview to count this one.</source>
        <translation>Bản xem trước là của kỳ đã chọn trước đó: nhấn Xem trước để tính kỳ này.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of the report to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang báo cáo tới máy in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ScanRunner</name>
    <message>
        <source>Looking up districts and saving the findings…</source>
        <translation>Đang tra cứu địa bàn và lưu các vi phạm…</translation>
    </message>
    <message>
        <source>Rule %1 checked</source>
        <translation>Đã kiểm tra quy tắc %1</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy lượt quét.</translation>
    </message>
</context>
<context>
    <name>sw::ui::SettingsPage</name>
    <message>
        <source>The language of the interface and of the documents</source>
        <translation>Ngôn ngữ của giao diện và của các văn bản</translation>
    </message>
    <message>
        <source>The new language applies when SignWatch is started again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi khởi động lại SignWatch.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Quản lý kết nối…</translation>
    </message>
    <message>
        <source>Add, change or delete saved connections</source>
        <translation>Thêm, sửa hoặc xóa các kết nối đã lưu</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Kết nối đã lưu</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Mật khẩu được lưu trong kho mật khẩu của hệ thống, không bao giờ lưu trong tệp cài đặt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>No saved connections yet.</source>
        <translation>Chưa có kết nối nào được lưu.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>How often the live watch of the findings page checks the registry for changes; it applies the next time the watch is turned on</source>
        <translation>Tần suất chế độ theo dõi trực tiếp của trang Phát hiện vi phạm kiểm tra các thay đổi của cơ sở dữ liệu; áp dụng từ lần bật theo dõi tiếp theo</translation>
    </message>
    <message>
        <source>Live watch</source>
        <translation>Theo dõi trực tiếp</translation>
    </message>
    <message>
        <source>Check the registry every:</source>
        <translation>Kiểm tra cơ sở dữ liệu mỗi:</translation>
    </message>
</context>
<context>
    <name>sw::ui::SigningPinDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>PIN or passphrase of %1:</source>
        <translation>Mã PIN hoặc mật khẩu của %1:</translation>
    </message>
    <message>
        <source>It is used for this signature only and never stored.</source>
        <translation>Chỉ dùng cho lần ký này và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
</context>
<context>
    <name>sw::ui::SigningSettingsBox</name>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so);;All files (*)</source>
        <translation>Mô-đun PKCS#11 (*.so);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…  or a .p12 file</source>
        <translation>pkcs11:token=…;object=…  hoặc tệp .p12</translation>
    </message>
    <message>
        <source>Your token&apos;s PKCS#11 URI (p11tool --list-tokens, pkcs11-tool -L) or a PKCS#12 file. Empty: documents are signed on paper.</source>
        <translation>Địa chỉ PKCS#11 của thiết bị ký (p11tool --list-tokens, pkcs11-tool -L) hoặc một tệp PKCS#12. Để trống: văn bản được ký trên giấy.</translation>
    </message>
    <message>
        <source>p11-kit&apos;s proxy (default)</source>
        <translation>mô-đun trung gian của p11-kit (mặc định)</translation>
    </message>
    <message>
        <source>none: a text appearance</source>
        <translation>không có: hiển thị bằng chữ</translation>
    </message>
    <message>
        <source>none: no seal signature</source>
        <translation>không có: không ký bằng dấu của cơ quan</translation>
    </message>
    <message>
        <source>none: PAdES B-B</source>
        <translation>không có: PAdES B-B</translation>
    </message>
    <message>
        <source>A time-stamping authority (RFC 3161): signatures become PAdES B-T</source>
        <translation>Dịch vụ cấp dấu thời gian (RFC 3161): chữ ký trở thành PAdES B-T</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PEM files of the certificates you trust</source>
        <translation>Các tệp PEM của chứng thư bạn tin cậy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Khóa ký:</translation>
    </message>
    <message>
        <source>PKCS#11 module:</source>
        <translation>Mô-đun PKCS#11:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Hình ảnh chữ ký:</translation>
    </message>
    <message>
        <source>The body&apos;s seal key:</source>
        <translation>Khóa của con dấu cơ quan:</translation>
    </message>
    <message>
        <source>Seal&apos;s PKCS#11 module:</source>
        <translation>Mô-đun PKCS#11 của con dấu:</translation>
    </message>
    <message>
        <source>Seal image:</source>
        <translation>Hình ảnh con dấu:</translation>
    </message>
    <message>
        <source>Time-stamping authority:</source>
        <translation>Dịch vụ cấp dấu thời gian:</translation>
    </message>
    <message>
        <source>Trust anchors:</source>
        <translation>Chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <source>The PIN or passphrase is asked at each signing and never stored.</source>
        <translation>Mã PIN hoặc mật khẩu được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn một tệp</translation>
    </message>
    <message>
        <source>Documents are signed digitally with this key.</source>
        <translation>Văn bản được ký số bằng khóa này.</translation>
    </message>
    <message>
        <source>No key: documents are numbered and signed on paper.</source>
        <translation>Không có khóa: văn bản được cấp số và ký trên giấy.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ThresholdsBox</name>
    <message>
        <source>Rule thresholds</source>
        <translation>Ngưỡng của các quy tắc</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (UTC+7)</source>
        <translation>Giờ Việt Nam (UTC+7)</translation>
    </message>
    <message>
        <source>Thresholds changed: the findings on show were found with the earlier values. Run a new scan on the findings page (F5) to find them with these.</source>
        <translation>Đã thay đổi ngưỡng: các vi phạm đang hiển thị được phát hiện theo ngưỡng cũ. Hãy quét lại trên trang Phát hiện vi phạm (F5) để áp dụng ngưỡng mới.</translation>
    </message>
    <message>
        <source>Reset to the defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Use the thresholds of the detection rules&apos; definitions again</source>
        <translation>Dùng lại các ngưỡng theo định nghĩa của quy tắc phát hiện</translation>
    </message>
    <message>
        <source>Scans, the live watch and the command line use these values; a value equal to the default follows the definitions.</source>
        <translation>Các lần quét, chế độ theo dõi trực tiếp và dòng lệnh dùng các giá trị này; giá trị bằng mặc định thì theo định nghĩa của quy tắc.</translation>
    </message>
</context>
<context>
    <name>sw::ui::TimelineModel</name>
    <message>
        <source>Look-up on Hue-S</source>
        <translation>Tra cứu trên Hue-S</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Đăng ký nhu cầu</translation>
    </message>
    <message>
        <source>Certificate activated</source>
        <translation>Kích hoạt chứng thư</translation>
    </message>
    <message>
        <source>Recorded on Hue-S</source>
        <translation>Ghi nhận trên Hue-S</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Hoàn thành đăng ký nhu cầu</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Rút đăng ký nhu cầu</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Thu hồi chứng thư</translation>
    </message>
    <message>
        <source>provider&apos;s app (§2)</source>
        <translation>ứng dụng của doanh nghiệp (§2)</translation>
    </message>
    <message>
        <source>door to door (§3)</source>
        <translation>tận nhà (§3)</translation>
    </message>
    <message>
        <source>request on Hue-S (§4)</source>
        <translation>đăng ký nhu cầu trên Hue-S (§4)</translation>
    </message>
    <message>
        <source>imported, issued before the programme (§2.3)</source>
        <translation>dữ liệu cũ, cấp trước chương trình (§2.3)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>hình thức cấp không xác định “%1”</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>technical error, not activated (§3.3)</source>
        <translation>lỗi kỹ thuật, chưa kích hoạt (§3.3)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>trạng thái không xác định “%1”</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>không ghi lý do</translation>
    </message>
    <message>
        <source>switch of provider</source>
        <translation>chuyển doanh nghiệp</translation>
    </message>
    <message>
        <source>the citizen&apos;s request</source>
        <translation>theo yêu cầu của công dân</translation>
    </message>
    <message>
        <source>error</source>
        <translation>nhập sai</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;</source>
        <translation>lý do không xác định “%1”</translation>
    </message>
    <message>
        <source>support at home</source>
        <translation>hỗ trợ tại nhà</translation>
    </message>
    <message>
        <source>remote support by phone</source>
        <translation>hỗ trợ từ xa qua điện thoại</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation>hình thức hỗ trợ không xác định “%1”</translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation>thời gian không đọc được</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>Hue-S&apos;s answer is unreadable</source>
        <translation>Không đọc được kết quả trả về của Hue-S</translation>
    </message>
    <message>
        <source>Hue-S answered: already has a signature</source>
        <translation>Hue-S trả về: đã có chữ ký số</translation>
    </message>
    <message>
        <source>Hue-S answered: no signature yet</source>
        <translation>Hue-S trả về: chưa có chữ ký số</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>Request #%1 marked done by the provider</source>
        <translation>Doanh nghiệp đánh dấu hoàn thành đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>Request #%1 withdrawn by the citizen</source>
        <translation>Công dân rút đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>Certificate #%1</source>
        <translation>Chứng thư #%1</translation>
    </message>
    <message>
        <source>free until %1</source>
        <translation>miễn phí đến %1</translation>
    </message>
    <message>
        <source>free until &quot;%1&quot;</source>
        <translation>miễn phí đến “%1”</translation>
    </message>
    <message>
        <source>replaces #%1</source>
        <translation>thay thế #%1</translation>
    </message>
    <message>
        <source>for request #%1</source>
        <translation>theo đăng ký nhu cầu #%1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>số hiệu %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>nhân viên %1</translation>
    </message>
    <message>
        <source>unreadable record: takes part in no rule</source>
        <translation>bản ghi không đọc được: không được xét theo quy tắc nào</translation>
    </message>
    <message>
        <source>(evidence: %1)</source>
        <translation>(chứng cứ: %1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Vi phạm</translation>
    </message>
</context>
<context>
    <name>sw::ui::TlsSettingsBox</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Mã hóa (TLS)</translation>
    </message>
    <message>
        <source>How the connection is protected (libpq&apos;s sslmode)</source>
        <translation>Cách bảo vệ kết nối (sslmode của libpq)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: mã hóa, kiểm tra chứng thư và tên của máy chủ</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked, not its name</source>
        <translation>verify-ca: mã hóa, kiểm tra chứng thư của máy chủ, không kiểm tra tên</translation>
    </message>
    <message>
        <source>require: encrypted, the server not checked</source>
        <translation>require: mã hóa, không kiểm tra máy chủ</translation>
    </message>
    <message>
        <source>prefer: encrypted only if the server offers it, not checked</source>
        <translation>prefer: chỉ mã hóa khi máy chủ hỗ trợ, không kiểm tra</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: không mã hóa</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Chế độ:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Chứng thư CA:</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM)</source>
        <translation>Chứng thư của tổ chức đã ký chứng thư của máy chủ (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Chứng thư máy khách:</translation>
    </message>
    <message>
        <source>Only when the server asks for one: your certificate (PEM)</source>
        <translation>Chỉ khi máy chủ yêu cầu: chứng thư của bạn (PEM)</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Khóa máy khách:</translation>
    </message>
    <message>
        <source>The private key of the client certificate (PEM)</source>
        <translation>Khóa bí mật của chứng thư máy khách (PEM)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Khóa (*.pem *.key);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>chỉ cần cho khóa đã mã hóa</translation>
    </message>
    <message>
        <source>Kept in memory, or in the system keychain when the password is remembered; never in the settings</source>
        <translation>Giữ trong bộ nhớ, hoặc trong kho mật khẩu của hệ thống khi mật khẩu được ghi nhớ; không bao giờ lưu trong tệp cài đặt</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Cụm mật khẩu của khóa:</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>mặc định của libpq</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>sw::ui::TrayNotifier</name>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
    </message>
</context>
<context>
    <name>sw::ui::UnmaskDialog</name>
    <message>
        <source>Show the full citizen id</source>
        <translation>Xem đầy đủ số định danh công dân</translation>
    </message>
    <message>
        <source>Citizens&apos; information is confidential (§1.7). To see the full id of citizen %1, say why you need it. Your user name, the time, the citizen and the reason are written to the audit log.</source>
        <translation>Thông tin của công dân phải được bảo mật (§1.7). Để xem đầy đủ số định danh của công dân %1, hãy nêu lý do. Tên người dùng của bạn, thời điểm, công dân và lý do sẽ được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>e.g. complaint no. 12/2024 of this citizen</source>
        <translation>ví dụ: khiếu nại số 12/2024 của công dân này</translation>
    </message>
    <message>
        <source>Show full id</source>
        <translation>Xem đầy đủ số định danh</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::ChartFactory</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 tổng số)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 của %4)</translation>
    </message>
    <message>
        <source>%1
median %2 %5; half between %3 and %4 %5; 90 % between %6 and %7 %5</source>
        <translation>%1
trung vị %2 %5; một nửa nằm giữa %3 và %4 %5; 90 % nằm giữa %6 và %7 %5</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::DashboardChart</name>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Xuất biểu đồ ra PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Lưu biểu đồ này thành ảnh</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Xuất biểu đồ ra PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::DashboardChartData</name>
    <message>
        <source>Door to door</source>
        <translation>Tận nhà</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Hue-S request</source>
        <translation>Qua Hue-S</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Dữ liệu cũ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Certificates recorded per day</source>
        <translation>Chứng thư ghi nhận theo ngày</translation>
    </message>
    <message>
        <source>Certificates recorded per week</source>
        <translation>Chứng thư ghi nhận theo tuần</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>chứng thư</translation>
    </message>
    <message>
        <source>No certificate was recorded in this period.</source>
        <translation>Không có chứng thư nào được ghi nhận trong kỳ này.</translation>
    </message>
    <message>
        <source>Share of certificates</source>
        <translation>Tỷ lệ chứng thư</translation>
    </message>
    <message>
        <source>Channel mix per provider</source>
        <translation>Cơ cấu hình thức cấp theo doanh nghiệp</translation>
    </message>
    <message>
        <source>% of certificates</source>
        <translation>% chứng thư</translation>
    </message>
    <message>
        <source>Delay from activation to the Hue-S record</source>
        <translation>Độ trễ từ khi kích hoạt đến khi ghi nhận trên Hue-S</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>No activated certificate in this period.</source>
        <translation>Không có chứng thư nào được kích hoạt trong kỳ này.</translation>
    </message>
    <message>
        <source>Open findings per provider and rule</source>
        <translation>Vi phạm chưa xử lý theo doanh nghiệp và quy tắc</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>vi phạm</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>Chưa quét</translation>
    </message>
    <message>
        <source>No open findings for this filter.</source>
        <translation>Không có vi phạm chưa xử lý nào theo bộ lọc này.</translation>
    </message>
    <message>
        <source>Hue-S requests served within 48 hours</source>
        <translation>Đăng ký nhu cầu trên Hue-S được hỗ trợ trong vòng 48 giờ</translation>
    </message>
    <message>
        <source>% of requests due</source>
        <translation>% đăng ký đến hạn</translation>
    </message>
    <message>
        <source>No request reached its 48-hour deadline in this period.</source>
        <translation>Không có đăng ký nhu cầu nào đến hạn 48 giờ trong kỳ này.</translation>
    </message>
    <message>
        <source>invalid code</source>
        <translation>mã không hợp lệ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
        <source>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>Cơ sở dữ liệu: sqlite:PATH hoặc postgresql://USER@HOST:PORT/DB (mật khẩu lấy từ PGPASSWORD hoặc kho mật khẩu của hệ thống).</translation>
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
        <source>The PostgreSQL registry refused the session settings.</source>
        <translation>Cơ sở dữ liệu PostgreSQL không chấp nhận các thiết lập của phiên làm việc.</translation>
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
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The registry could not count its records.</source>
        <translation>Không thể đếm các bản ghi trong cơ sở dữ liệu.</translation>
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
        <source>The password goes to the system keychain, never to the settings file</source>
        <translation>Mật khẩu được lưu trong kho mật khẩu của hệ thống, không bao giờ ghi vào tệp cài đặt</translation>
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
</context>
<context>
    <name>sw::ui::EmptyStatePage</name>
    <message>
        <source>Not available in this version</source>
        <translation>Chưa có trong phiên bản này</translation>
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
        <source>Violations of the regulation found by scanning the registry (duplicate issuance, late updates, expired requests…) will be listed here, with their evidence.</source>
        <translation>Các vi phạm quy định phát hiện được khi quét cơ sở dữ liệu (cấp trùng, cập nhật chậm lên Hue-S, đăng ký nhu cầu quá hạn…) sẽ được liệt kê tại đây, kèm theo bằng chứng.</translation>
    </message>
    <message>
        <source>Citizen look-up</source>
        <translation>Tra cứu công dân</translation>
    </message>
    <message>
        <source>Looking up one citizen&apos;s certificates, requests and look-ups (with the identity number masked) will be possible here.</source>
        <translation>Tại đây sẽ có thể tra cứu chứng thư, đăng ký nhu cầu và lượt tra cứu của từng công dân (số định danh được che một phần).</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Citizens&apos; complaints and their verification against the data (§5.2) will be recorded here.</source>
        <translation>Khiếu nại, phản ánh của người dân và kết quả xác minh trên dữ liệu (§5.2) sẽ được ghi nhận tại đây.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Case files that gather findings and complaints about a provider will be kept here.</source>
        <translation>Hồ sơ vụ việc, tập hợp các vi phạm phát hiện được và khiếu nại liên quan đến một doanh nghiệp, sẽ được lưu tại đây.</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Biên bản &amp; thông báo</translation>
    </message>
    <message>
        <source>Minutes (biên bản) of established violations and their public announcements (§5.3) will be drawn up here.</source>
        <translation>Biên bản về các vi phạm đã được xác định và thông báo công khai (§5.3) sẽ được lập tại đây.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Periodic reports on the campaign, per provider and district, will be produced here as PDF.</source>
        <translation>Các báo cáo định kỳ về chiến dịch, theo doanh nghiệp và theo địa bàn cấp huyện, sẽ được xuất tại đây dưới dạng PDF.</translation>
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
        <source>Count again in the registry (F5)</source>
        <translation>Đếm lại số liệu trong cơ sở dữ liệu (F5)</translation>
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
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop opening the registry</source>
        <translation>Dừng việc mở cơ sở dữ liệu</translation>
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
        <source>%1 — SignWatch</source>
        <translation>%1 — SignWatch</translation>
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
</context>
<context>
    <name>sw::ui::OverviewPage</name>
    <message>
        <source>Citizens in the registry</source>
        <translation>Công dân trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Citizens with a signature</source>
        <translation>Công dân đã có chữ ký số</translation>
    </message>
    <message>
        <source>Share of the province&apos;s population</source>
        <translation>Tỷ lệ trên dân số toàn tỉnh</translation>
    </message>
    <message>
        <source>Certificates recorded on Hue-S</source>
        <translation>Chứng thư số ghi nhận trên Hue-S</translation>
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
        <source>Counting certificates, requests and look-ups in the registry…</source>
        <translation>Đang đếm chứng thư, đăng ký nhu cầu và lượt tra cứu trong cơ sở dữ liệu…</translation>
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
        <source>holding a certificate that is not revoked</source>
        <translation>đang có chứng thư số chưa bị thu hồi</translation>
    </message>
    <message>
        <source>of %1 inhabitants (2023); the target is %2</source>
        <translation>trên %1 dân (năm 2023); chỉ tiêu %2</translation>
    </message>
    <message>
        <source>%1 active, %2 revoked</source>
        <translation>%1 đang hoạt động, %2 đã thu hồi</translation>
    </message>
    <message>
        <source>Counted in the registry at %1. Press F5 to count again.</source>
        <translation>Số liệu được đếm trong cơ sở dữ liệu lúc %1. Nhấn F5 để đếm lại.</translation>
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
        <source>Look-ups</source>
        <translation>Tra cứu</translation>
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
        <source>All certificates recorded on Hue-S, every status</source>
        <translation>Tất cả chứng thư ghi nhận trên Hue-S, ở mọi trạng thái</translation>
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
        <source>Needs registered by citizens on Hue-S for this provider (§4.1)</source>
        <translation>Nhu cầu công dân đăng ký trên Hue-S với doanh nghiệp này (§4.1)</translation>
    </message>
    <message>
        <source>Look-ups of citizens on Hue-S by this provider&apos;s staff (§1.3, §3.2)</source>
        <translation>Lượt nhân viên của doanh nghiệp này tra cứu công dân trên Hue-S (§1.3, §3.2)</translation>
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
</context>
</TS>

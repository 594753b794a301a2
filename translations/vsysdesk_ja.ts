<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Could not save V-SYS ID %1 to the local database: %2</source>
        <translation>V-SYS ID %1 をローカルデータベースに保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Could not read the V-SYS IDs from the local database: %1</source>
        <translation>ローカルデータベースから V-SYS ID を読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>AddressAutofill</name>
    <message>
        <source>Choose the address for this postal code</source>
        <translation>この郵便番号の住所を選択してください</translation>
    </message>
</context>
<context>
    <name>AddressCommand</name>
    <message>
        <source>address POSTAL_CODE  (exit 0 found, 1 unknown postal code)</source>
        <translation>address 郵便番号  （終了コード 0：該当あり、1：該当する住所なし）</translation>
    </message>
    <message>
        <source>give one postal code, e.g. address 100-0001.</source>
        <translation>郵便番号を1つ指定してください（例：address 100-0001）。</translation>
    </message>
    <message>
        <source>Postal code %1: no address is known for this code (Japan Post data of 2026-05-29).</source>
        <translation>郵便番号：%1 に該当する住所が見つかりません（日本郵便 2026年5月29日公開データ）。</translation>
    </message>
</context>
<context>
    <name>AdminTool</name>
    <message>
        <source>--%1 is missing. See vsysdesk-admin --help.</source>
        <translation>--%1 がありません。vsysdesk-admin --help をご覧ください。</translation>
    </message>
    <message>
        <source>--registration: could not read %1.</source>
        <translation>--registration：%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>--registration: %1 is not a JSON object.</source>
        <translation>--registration：%1 はJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>--password-stdin: write the password as one line to standard input.</source>
        <translation>--password-stdin：パスワードを1行で標準入力に渡してください。</translation>
    </message>
    <message>
        <source>confirm: give the application number (申込番号) or id.</source>
        <translation>confirm：申込番号または申込のIDを指定してください。</translation>
    </message>
    <message>
        <source>return: give the application number (申込番号) or id.</source>
        <translation>return：申込番号または申込のIDを指定してください。</translation>
    </message>
    <message>
        <source>upload-delegation: give the PDF file.</source>
        <translation>upload-delegation：PDFファイルを指定してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>--state: give open, locked or allocated.</source>
        <translation>--state：open、locked、allocated のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>VSYS Desk server administration for the ministry's reviewers and operators.</source>
        <translation>VSYS Desk サーバーの管理ツール（厚生労働省の確認担当者・運用担当者向け）です。</translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation>実行する操作（上の一覧を参照してください）。</translation>
    </message>
    <message>
        <source>The server's database, as for vsysdesk-server (default sqlite:./vsysdesk-server.sqlite).</source>
        <translation>サーバーのデータベース。vsysdesk-server と同じ指定です（既定値 sqlite:./vsysdesk-server.sqlite）。</translation>
    </message>
    <message>
        <source>Name of the venue.</source>
        <translation>接種会場の名称。</translation>
    </message>
    <message>
        <source>The venue's existing registration (既存登録情報) as a JSON file.</source>
        <translation>接種会場の既存登録情報（JSONファイル）。</translation>
    </message>
    <message>
        <source>Id (UUID) of the venue.</source>
        <translation>接種会場のID（UUID）。</translation>
    </message>
    <message>
        <source>10-digit V-SYS ID.</source>
        <translation>10桁のV-SYS ID。</translation>
    </message>
    <message>
        <source>confirm: issue this new V-SYS ID to the venue.</source>
        <translation>confirm：このV-SYS IDを接種会場に新規発行します。</translation>
    </message>
    <message>
        <source>Read the password of the V-SYS ID from standard input (one line).</source>
        <translation>V-SYS IDのパスワードを標準入力（1行）から読み込みます。</translation>
    </message>
    <message>
        <source>Number of the クール.</source>
        <translation>クールの番号。</translation>
    </message>
    <message>
        <source>First day of the クール.</source>
        <translation>クールの初日。</translation>
    </message>
    <message>
        <source>Last day of the クール.</source>
        <translation>クールの最終日。</translation>
    </message>
    <message>
        <source>Monday of the delivery week.</source>
        <translation>配送週の月曜日。</translation>
    </message>
    <message>
        <source>Plan change deadline (Japan time unless an offset is given).</source>
        <translation>計画変更の締切（時差の指定がなければ日本時間）。</translation>
    </message>
    <message>
        <source>open, locked or allocated.</source>
        <translation>open、locked、allocated のいずれか。</translation>
    </message>
    <message>
        <source>Allocated boxes (分配実績).</source>
        <translation>分配実績の箱数。</translation>
    </message>
    <message>
        <source>Give one of the commands below.</source>
        <translation>次のコマンドのいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--until: give the end of the allocation work as YYYY-MM-DDTHH:MM (Japan time) or with an offset, for example 2022-03-09T12:00.</source>
        <translation>--until：分配作業期間の終わりを YYYY-MM-DDTHH:MM（日本時間）かタイムゾーン付きで指定してください（例：2022-03-09T12:00）。</translation>
    </message>
    <message>
        <source>plan-approve: give the venue id (UUID).</source>
        <translation>plan-approve：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>plan-deny: give the venue id (UUID).</source>
        <translation>plan-deny：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>return: what the venue has to correct; plan-deny: why the plan change is not confirmed; plan-approve: a note for the venue.</source>
        <translation>return：接種会場が修正すべき点。plan-deny：計画変更を確認しない理由。plan-approve：接種会場への連絡事項。</translation>
    </message>
    <message>
        <source>lock-cool: end of the allocation work (Japan time unless an offset is given).</source>
        <translation>lock-cool：分配作業期間の終わり（タイムゾーンの指定がなければ日本時間）。</translation>
    </message>
    <message>
        <source>reservation-status: give the venue id (UUID).</source>
        <translation>reservation-status：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>--page: give a page number, 1 for the newest changes.</source>
        <translation>--page：ページ番号を指定してください（1が最新の変更です）。</translation>
    </message>
    <message>
        <source>--cool: give the number of the クール.</source>
        <translation>--cool：クールの番号を指定してください。</translation>
    </message>
    <message>
        <source>--boxes is missing: the first allocation of a クール needs its vaccine boxes.</source>
        <translation>--boxesがありません。クールの最初の分配量にはワクチンの箱数が必要です。</translation>
    </message>
    <message>
        <source>--boxes: give a whole number.</source>
        <translation>--boxes：整数で指定してください。</translation>
    </message>
    <message>
        <source>--needle-boxes: give a whole number, or none for undecided.</source>
        <translation>--needle-boxes：整数で指定してください（未定にするときはnone）。</translation>
    </message>
    <message>
        <source>--delivery-date: give the date as YYYY-MM-DD, or none for undecided.</source>
        <translation>--delivery-date：日付をYYYY-MM-DDで指定してください（未定にするときはnone）。</translation>
    </message>
    <message>
        <source>institution-approve: give the venue id (UUID).</source>
        <translation>institution-approve：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>institution-reject: give the venue id (UUID).</source>
        <translation>institution-reject：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>list-doctors: give the venue id (UUID).</source>
        <translation>list-doctors：接種会場のID（UUID）を指定してください。</translation>
    </message>
    <message>
        <source>--page: give a page number, 1 for the newest reports.</source>
        <translation>--page：ページ番号を指定してください（1が最新の報告です）。</translation>
    </message>
    <message>
        <source>Commands:
  create-venue --name NAME [--registration FILE.json]
  create-account --venue UUID --vsys-id ID --password-stdin
  list-waiting
  confirm APPLICATION [--new-vsys-id ID --password-stdin]
  return APPLICATION --comment TEXT
  upload-delegation --venue UUID FILE.pdf
  list-documents --venue UUID
  set-cool --id N --start YYYY-MM-DD --end YYYY-MM-DD --delivery-week YYYY-MM-DD --deadline YYYY-MM-DDTHH:MM --state open|locked|allocated
  set-allocation --venue UUID --cool N [--boxes B] [--needle-boxes N|none] [--delivery-date YYYY-MM-DD|none]
  list-allocations [--venue UUID]
  lock-cool --id N [--until YYYY-MM-DDTHH:MM]
  list-plan-requests
  plan-approve VENUE [--comment TEXT]
  plan-deny VENUE --comment TEXT
  reservation-status VENUE [--page N]
  institution-requests
  institution-approve VENUE [--comment TEXT]
  institution-reject VENUE --comment TEXT
  list-doctors VENUE
  list-reports [--venue UUID] [--csv] [--page N]
APPLICATION is the application number (申込番号) or its id; VENUE is the venue's id (UUID).</source>
        <translation>コマンド：
  create-venue --name 名称 [--registration ファイル.json]
  create-account --venue UUID --vsys-id ID --password-stdin
  list-waiting
  confirm 申込 [--new-vsys-id ID --password-stdin]
  return 申込 --comment コメント
  upload-delegation --venue UUID ファイル.pdf
  list-documents --venue UUID
  set-cool --id N --start YYYY-MM-DD --end YYYY-MM-DD --delivery-week YYYY-MM-DD --deadline YYYY-MM-DDTHH:MM --state open|locked|allocated
  set-allocation --venue UUID --cool N [--boxes 箱数] [--needle-boxes 箱数|none] [--delivery-date YYYY-MM-DD|none]
  list-allocations [--venue UUID]
  lock-cool --id N [--until YYYY-MM-DDTHH:MM]
  list-plan-requests
  plan-approve 接種会場 [--comment コメント]
  plan-deny 接種会場 --comment コメント
  reservation-status 接種会場 [--page N]
  institution-requests
  institution-approve 接種会場 [--comment コメント]
  institution-reject 接種会場 --comment コメント
  list-doctors 接種会場
  list-reports [--venue UUID] [--csv] [--page N]
申込には申込番号または申込のIDを、接種会場には接種会場のID（UUID）を指定します。</translation>
    </message>
    <message>
        <source>set-allocation: allocated needle and syringe boxes, or none for undecided.</source>
        <translation>set-allocation：分配する針・シリンジの箱数（未定にするときはnone）。</translation>
    </message>
    <message>
        <source>set-allocation: delivery date (配送予定日), from the Monday of the クール's delivery week to the day before its vaccination starts; none for undecided.</source>
        <translation>set-allocation：配送予定日。クールの配送週の月曜日から接種開始日の前日までの日付（未定にするときはnone）。</translation>
    </message>
    <message>
        <source>reservation-status, list-reports: page of the history, 1 for the newest.</source>
        <translation>reservation-status、list-reports：履歴のページ（1が最新）。</translation>
    </message>
    <message>
        <source>list-reports: write CSV for Excel (UTF-8 with BOM, CRLF) instead of JSON.</source>
        <translation>list-reports：JSONの代わりにExcel用のCSV（BOM付きUTF-8、CRLF）を出力します。</translation>
    </message>
</context>
<context>
    <name>AllocationDocument</name>
    <message>
        <source>Allocation and delivery dates (company copy)</source>
        <translation>分配量・配送予定日（控）</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>接種会場名称</translation>
    </message>
    <message>
        <source>V-SYS ID</source>
        <translation>V-SYS ID</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Vaccination period</source>
        <translation>接種期間</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>配送予定日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ワクチン</translation>
    </message>
    <message>
        <source>Needles and syringes</source>
        <translation>針・シリンジ</translation>
    </message>
    <message>
        <source>The allocation and the delivery dates are set by the national government; "%1" means not set yet.</source>
        <translation>分配量と配送予定日は国が設定します。「%1」はまだ設定されていないことを示します。</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>印刷日時：%1</translation>
    </message>
</context>
<context>
    <name>AllocationPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation>PDFに出力...</translation>
    </message>
    <message>
        <source>The allocation and the delivery dates the national government set for each period, beside your registered plan. They come with each sync and stay readable offline.</source>
        <translation>国が接種期間ごとに設定した分配量と配送予定日を、登録済みの接種計画と並べて表示します。同期のたびに更新され、オフラインでも確認できます。</translation>
    </message>
</context>
<context>
    <name>AllocationRules</name>
    <message>
        <source>%1: enter a whole number of boxes from 0 to %2.</source>
        <translation>%1：0から%2までの箱数を入力してください。</translation>
    </message>
    <message>
        <source>Allocated vaccine boxes</source>
        <translation>分配量（ワクチン）</translation>
    </message>
    <message>
        <source>Allocated needle and syringe boxes</source>
        <translation>分配量（針・シリンジ）</translation>
    </message>
    <message>
        <source>Delivery date: %1 has no vaccine allocated, so nothing is delivered. Set the boxes first.</source>
        <translation>配送予定日：%1はワクチンの分配がないため配送されません。先に箱数を設定してください。</translation>
    </message>
    <message>
        <source>Delivery date: for %1 (%2) enter a date from %3 to %4.</source>
        <translation>配送予定日：%1（%2）は%3から%4までの日付を入力してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Allocation final</source>
        <translation>分配量確定済</translation>
    </message>
    <message>
        <source>Allocation in progress</source>
        <translation>分配作業中</translation>
    </message>
    <message>
        <source>Plan change deadline passed</source>
        <translation>計画変更締切済（分配前）</translation>
    </message>
    <message>
        <source>Plan can change until %1</source>
        <translation>計画変更可（%1まで）</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The request could not be read: its body is not a JSON object. Please update VSYS Desk or contact the support desk.</source>
        <translation>リクエストを読み取れませんでした。本文がJSONオブジェクトではありません。VSYS Deskを更新するか、サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>An entry of the request is missing or not valid.</source>
        <translation>リクエストの項目が不足しているか、正しくありません。</translation>
    </message>
    <message>
        <source>The request has no Idempotency-Key header, so it cannot be carried out safely. Please update VSYS Desk.</source>
        <translation>リクエストにIdempotency-Keyヘッダーがないため、安全に実行できません。VSYS Deskを更新してください。</translation>
    </message>
    <message>
        <source>Your login has ended or is not valid. Please log in again with your V-SYS ID and password.</source>
        <translation>ログインの有効期限が切れたか、無効です。V-SYS IDとパスワードでもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The requested item was not found. It may have been deleted, or it belongs to another venue.</source>
        <translation>指定されたデータが見つかりません。削除されたか、別の接種会場のデータです。</translation>
    </message>
    <message>
        <source>This item was changed elsewhere in the meantime. Please compare with the server's copy and save again.</source>
        <translation>このデータは別の場所で変更されています。サーバーの内容と比べてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>This is not possible in the item's current status.</source>
        <translation>現在のステータスではこの操作はできません。</translation>
    </message>
    <message>
        <source>The request is too large (more than 1 MB). Please make the entries shorter.</source>
        <translation>リクエストが大きすぎます（1MBを超えています）。入力内容を短くしてください。</translation>
    </message>
    <message>
        <source>The request uses a compression the server does not accept. Please send it uncompressed.</source>
        <translation>サーバーが受け付けない圧縮形式のリクエストです。圧縮せずに送信してください。</translation>
    </message>
    <message>
        <source>Too many failed logins for this V-SYS ID. Please wait a while and try again.</source>
        <translation>このV-SYS IDはログインの失敗が続いたため、一時的にロックされています。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server could not complete the request. Please try again in a moment; if it keeps happening, contact the support desk.</source>
        <translation>サーバーで処理を完了できませんでした。しばらくしてからもう一度お試しください。繰り返し発生する場合はサポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>This クール's plan can no longer be changed.</source>
        <translation>このクールの計画はもう変更できません。</translation>
    </message>
    <message>
        <source>Plans cannot be changed while a クール's allocation is being worked out.</source>
        <translation>クールの分配作業期間中のため、計画を変更できません。</translation>
    </message>
    <message>
        <source>This change of the plan needs the national government's confirmation.</source>
        <translation>この計画変更には国の確認が必要です。</translation>
    </message>
    <message>
        <source>The request could not be read: it is not a well-formed HTTPS request. Please update VSYS Desk or contact the support desk.</source>
        <translation>リクエストを読み取れませんでした（HTTPSのリクエストとして正しくありません）。VSYS Deskを更新するか、サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>The request's address is too long (more than 8 KB). Please update VSYS Desk or contact the support desk.</source>
        <translation>リクエストのアドレスが長すぎます（8KBを超えています）。VSYS Deskを更新するか、サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>The requested part of the file does not exist. Please download the whole file again.</source>
        <translation>要求されたファイルの範囲が存在しません。ファイル全体をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The entries are too large to be saved. Please make them shorter.</source>
        <translation>入力内容が大きすぎるため保存できません。入力内容を短くしてください。</translation>
    </message>
    <message>
        <source>There are too many applications saved as drafts. Please withdraw or submit one of them first.</source>
        <translation>一時保存中の申込が多すぎます。先にいずれかを取下げるか、申込してください。</translation>
    </message>
    <message>
        <source>This venue has stored as many reports as the server keeps. Please contact the support desk.</source>
        <translation>この接種会場の報告はサーバーに保存できる上限に達しています。サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>This venue's dose ledger holds as many records as the server keeps. Please contact the support desk.</source>
        <translation>この接種会場の接種台帳はサーバーに保存できる上限に達しています。サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>This venue has sent as many inquiries as the server keeps. Please call the support desk.</source>
        <translation>この接種会場は、サーバーが保存できる上限まで問い合わせを送信しています。サポート窓口にお電話ください。</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>サーバーが混み合っています。しばらく待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ApplicationDocument</name>
    <message>
        <source>Application number</source>
        <translation>申込番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>内容確認日時</translation>
    </message>
    <message>
        <source>Reviewer's comment</source>
        <translation>内容確認コメント</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>(unchanged from the existing registration)</source>
        <translation>（既存登録情報から変更なし）</translation>
    </message>
    <message>
        <source>Consent to the conditions of the vaccination</source>
        <translation>ワクチン接種に関する同意事項</translation>
    </message>
    <message>
        <source>The text of this version is not available here.</source>
        <translation>この版の同意事項の本文は、このアプリには含まれていません。</translation>
    </message>
    <message>
        <source>Version agreed to: %1</source>
        <translation>同意した同意事項の版：%1</translation>
    </message>
    <message>
        <source>Application for workplace booster vaccination (company copy)</source>
        <translation>職域追加接種の実施申込（控）</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>印刷日時：%1</translation>
    </message>
</context>
<context>
    <name>ApplicationEditorPage</name>
    <message>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation>PDFに出力...</translation>
    </message>
    <message>
        <source>Changes since the application was returned</source>
        <translation>返却後の変更点</translation>
    </message>
    <message>
        <source>Agree to all of the above and apply for additional vaccination</source>
        <translation>上記のすべての事項に同意し、追加接種を申し込む</translation>
    </message>
    <message>
        <source>Save temporarily and go back</source>
        <translation>一時保存して戻る</translation>
    </message>
    <message>
        <source>Go back without saving the changes</source>
        <translation>変更を保存せずに戻る</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取下げる</translation>
    </message>
    <message>
        <source>&lt; Back to the list</source>
        <translation>&lt; 申込状況に戻る</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>%2 of %1</source>
        <extracomment>%1 is a group of the form (担当者1 連絡先情報), %2 a field in it (氏名): 担当者1 連絡先情報の氏名</extracomment>
        <translation>%1の%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>する</translation>
    </message>
    <message>
        <source>No</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>市町村コード</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属組織</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Officer's organization</source>
        <translation>責任者所属先</translation>
    </message>
    <message>
        <source>Officer's name</source>
        <translation>責任者氏名</translation>
    </message>
    <message>
        <source>Officer's telephone number</source>
        <translation>責任者電話番号</translation>
    </message>
    <message>
        <source>Officer's e-mail address</source>
        <translation>責任者メールアドレス</translation>
    </message>
    <message>
        <source>Company or university</source>
        <translation>企業・大学等情報</translation>
    </message>
    <message>
        <source>Name of the company or university</source>
        <translation>企業・大学等の名称</translation>
    </message>
    <message>
        <source>Representative's name</source>
        <translation>代表者名</translation>
    </message>
    <message>
        <source>Main telephone number</source>
        <translation>代表電話番号</translation>
    </message>
    <message>
        <source>Venue name and vaccination arrangement</source>
        <translation>会場名称・接種体制</translation>
    </message>
    <message>
        <source>Vaccination venue name</source>
        <translation>接種会場名称</translation>
    </message>
    <message>
        <source>Vaccination arrangement</source>
        <translation>接種体制分類</translation>
    </message>
    <message>
        <source>Venue facilities</source>
        <translation>接種会場の設備・連絡先</translation>
    </message>
    <message>
        <source>Elevator at the vaccination venue</source>
        <translation>接種会場におけるエレベーター有無</translation>
    </message>
    <message>
        <source>Elevator available</source>
        <translation>エレベーター有</translation>
    </message>
    <message>
        <source>No elevator</source>
        <translation>エレベーター無</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>FAX番号</translation>
    </message>
    <message>
        <source>Is a -20 °C freezer (deep freezer) needed</source>
        <translation>-20℃冷凍庫（ディープフリーザー）が必要か</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Medical institution</source>
        <translation>医療機関情報</translation>
    </message>
    <message>
        <source>Medical institution name</source>
        <translation>医療機関名</translation>
    </message>
    <message>
        <source>Contact person at the medical institution</source>
        <translation>医療機関担当者連絡先情報</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>費用請求関連情報</translation>
    </message>
    <message>
        <source>Change the bank account for the vaccination fees</source>
        <translation>接種費用振込先口座を変更する</translation>
    </message>
    <message>
        <source>Continue to use the existing venue ID (similar code, V-SYS ID)</source>
        <translation>既存会場ID（類似コード・V-SYS ID）の継続利用を希望する</translation>
    </message>
    <message>
        <source>Even when this is checked, a new application is needed if the conditions are not met.</source>
        <translation>こちらにチェックがある場合でも条件を満たさない場合には再申込が必要となります。</translation>
    </message>
    <message>
        <source>Does not wish to register an e-mail address</source>
        <translation>メールアドレス登録を希望しない</translation>
    </message>
    <message>
        <source>Officer responsible for the vaccination</source>
        <translation>ワクチン接種責任者連絡先情報</translation>
    </message>
    <message>
        <source>Officer's (doctor's) name</source>
        <translation>責任者（医師）氏名</translation>
    </message>
    <message>
        <source>Officer's (doctor's) name in furigana</source>
        <translation>責任者（医師）氏名フリガナ</translation>
    </message>
    <message>
        <source>Requested supplies</source>
        <translation>納品希望情報</translation>
    </message>
    <message>
        <source>Surgical masks</source>
        <translation>サージカルマスク</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>希望する</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>希望しない</translation>
    </message>
    <message>
        <source>N95 masks</source>
        <translation>N95マスク</translation>
    </message>
    <message>
        <source>Isolation gowns</source>
        <translation>アイソレーションガウン</translation>
    </message>
    <message>
        <source>Face shields</source>
        <translation>フェイスシールド</translation>
    </message>
    <message>
        <source>Non-sterile gloves</source>
        <translation>非滅菌手袋</translation>
    </message>
    <message>
        <source>Company or university information</source>
        <translation>企業・大学等の情報</translation>
    </message>
    <message>
        <source>Address of the company or university</source>
        <translation>企業・大学等所在地情報</translation>
    </message>
    <message>
        <source>Vaccination venue information</source>
        <translation>接種会場の情報</translation>
    </message>
    <message>
        <source>Address of the vaccination venue</source>
        <translation>接種会場所在地情報</translation>
    </message>
    <message>
        <source>Medical institution carrying out the vaccination (arrangement 02 or 03)</source>
        <translation>実施医療機関の情報（接種体制が02又は03の場合）</translation>
    </message>
    <message>
        <source>Billing information</source>
        <translation>費用請求関連情報</translation>
    </message>
    <message>
        <source>Contacts for the vaccination</source>
        <translation>ワクチン接種ご担当者様の連絡先情報</translation>
    </message>
    <message>
        <source>Contact 1</source>
        <translation>担当者1 連絡先情報</translation>
    </message>
    <message>
        <source>Contact 2</source>
        <translation>担当者2 連絡先情報</translation>
    </message>
    <message>
        <source>Vaccine receiver 1</source>
        <translation>ワクチン受取り担当者1 連絡先情報</translation>
    </message>
    <message>
        <source>Same as contact 1 above</source>
        <translation>上記担当者1と同一</translation>
    </message>
    <message>
        <source>Vaccine receiver 2</source>
        <translation>ワクチン受取り担当者2 連絡先情報</translation>
    </message>
    <message>
        <source>Same as contact 2 above</source>
        <translation>上記担当者2と同一</translation>
    </message>
    <message>
        <source>Officers and managers</source>
        <translation>接種責任者・管理担当者等の連絡先情報</translation>
    </message>
    <message>
        <source>Officer responsible for storing the vaccine</source>
        <translation>ワクチン保管管理責任者連絡先情報</translation>
    </message>
    <message>
        <source>Officer responsible for storing the needles and syringes</source>
        <translation>針・シリンジ保管管理責任者連絡先情報</translation>
    </message>
    <message>
        <source>Contact for storage on weekends and holidays</source>
        <translation>保管等に関する土日・祝日の連絡先情報</translation>
    </message>
    <message>
        <source>Supplies other than vaccine, needles and syringes</source>
        <translation>ワクチン・針・シリンジ以外の物品に関する納品希望情報</translation>
    </message>
    <message>
        <source>%1: change from the existing registration</source>
        <translation>%1：既存登録情報から変更する</translation>
    </message>
    <message>
        <source>Consent: version of the terms agreed to</source>
        <translation>同意事項：同意した内容の版</translation>
    </message>
    <message>
        <source>Cannot be filled in from the postal code</source>
        <translation>郵便番号から自動入力できない</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未定</translation>
    </message>
</context>
<context>
    <name>ApplicationJson</name>
    <message>
        <source>id: the application has no valid UUID.</source>
        <translation>id：申込に正しいUUIDがありません。</translation>
    </message>
    <message>
        <source>status: "%1" is not an application status.</source>
        <translation>status：「%1」は申込のステータスではありません。</translation>
    </message>
    <message>
        <source>content: the application's content must be a JSON object.</source>
        <translation>content：申込の内容はJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>version: give a whole number of 0 or more.</source>
        <translation>version：0以上の整数で指定してください。</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>Could not read the applications from the local database: %1</source>
        <translation>ローカルデータベースから申込を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save the application to the local database: %1</source>
        <translation>申込をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The application %1 belongs to another V-SYS ID on this computer.</source>
        <translation>申込 %1 は、このコンピューター上の別の V-SYS ID のものです。</translation>
    </message>
    <message>
        <source>There is no application %1 in the local database.</source>
        <translation>ローカルデータベースに申込 %1 がありません。</translation>
    </message>
    <message>
        <source>The local database holds an unreadable application %1 (%2).</source>
        <translation>ローカルデータベースの申込 %1 を読み取れません（%2）。</translation>
    </message>
</context>
<context>
    <name>ApplicationRoutes</name>
    <message>
        <source>id: the application's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>id：申込のIDは 0f8fad5b-d9cb-469f-a165-70867728950e のような小文字のUUIDにしてください。</translation>
    </message>
    <message>
        <source>content: send the application's form as a JSON object in "content".</source>
        <translation>content：申込の入力内容を「content」にJSONオブジェクトとして送信してください。</translation>
    </message>
    <message>
        <source>limit: give the number of records per page as a whole number of 1 or more (at most %1 are sent).</source>
        <translation>limit: 1ページの件数を1以上の整数で指定してください（最大 %1 件まで返します）。</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>This application was changed elsewhere in the meantime (version %1 on the server). Please compare your changes with the server's copy and save again.</source>
        <translation>この申込は別の場所で変更されています（サーバーの版は%1です）。変更内容をサーバーの内容と比べてから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The application was not found. It may have been deleted, or it belongs to another venue.</source>
        <translation>申込が見つかりません。削除されたか、別の接種会場の申込です。</translation>
    </message>
    <message>
        <source>The application is too large to be saved: its entries take %1 KB, at most %2 KB are allowed. Please make the entries shorter.</source>
        <translation>申込の内容が大きすぎるため保存できません（入力内容が %1 KB あり、上限は %2 KB です）。入力内容を短くしてください。</translation>
    </message>
    <message>
        <source>after: give the "next" value of the previous page unchanged, or leave it out for the first page.</source>
        <translation>after: 前のページの「next」の値をそのまま指定してください（最初のページでは指定しません）。</translation>
    </message>
    <message>
        <source>This venue already has %1 applications saved as drafts (一時保存中), the most allowed (%2). Please withdraw or submit one of them before creating a new application.</source>
        <translation>この会場には一時保存中の申込が既に %1 件あり、上限（%2 件）に達しています。新しい申込を作成する前に、一時保存中の申込のいずれかを取下げるか、申込してください。</translation>
    </message>
</context>
<context>
    <name>ApplicationStatusMachine</name>
    <message>
        <source>Only the reviewer can carry out %1.</source>
        <translation>%1は厚生労働省の審査担当者のみ行えます。</translation>
    </message>
    <message>
        <source>Only the venue can carry out %1.</source>
        <translation>%1は接種会場のみ行えます。</translation>
    </message>
    <message>
        <source>This application has status "%1": %2 is not possible.</source>
        <translation>ステータスが「%1」の申込は%2できません。</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>一時保存中</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Resubmission required</source>
        <translation>要再申込</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ済み</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>申込</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>resubmission</source>
        <translation>再申込</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>return for resubmission</source>
        <translation>返却（要再申込）</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>%1: the answer is not readable. Check the box again or clear it.</source>
        <translation>%1：回答を読み取れません。チェックを付け直すか、外してください。</translation>
    </message>
    <message>
        <source>%1: please choose one.</source>
        <translation>%1：選択してください。</translation>
    </message>
    <message>
        <source>%1: please enter it.</source>
        <translation>%1：入力してください。</translation>
    </message>
    <message>
        <source>%1: enter it as text.</source>
        <translation>%1：文字で入力してください。</translation>
    </message>
    <message>
        <source>%1: please choose one of the listed arrangements.</source>
        <translation>%1：一覧の接種体制から選択してください。</translation>
    </message>
    <message>
        <source>%1: no address is known for this postal code. Check the number, or tick "Cannot be filled in from the postal code" and enter the address yourself.</source>
        <translation>%1：この郵便番号の住所が見つかりません。番号を確認するか、「郵便番号から自動入力できない」にチェックを付けて住所を入力してください。</translation>
    </message>
    <message>
        <source>%1: it does not match the postal code (%2 for %3). Enter the postal code again to fill it in.</source>
        <translation>%1：郵便番号の住所と一致しません（%3は%2です）。郵便番号を入力し直して自動入力してください。</translation>
    </message>
    <message>
        <source>%1: enter at most %2 characters (now %3).</source>
        <translation>%1：%2文字以内で入力してください（現在%3文字）。</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Applications for additional vaccination (click an application to view it)</source>
        <translation>追加接種申込状況（確認するには申込をダブルクリック）</translation>
    </message>
    <message>
        <source>+ New application</source>
        <translation>+新規申込</translation>
    </message>
    <message>
        <source>Add to the V-SYS ID switcher</source>
        <translation>V-SYS ID の切り替えに追加</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
</context>
<context>
    <name>BillingCalculator</name>
    <message>
        <source>%1: enter the claim month.</source>
        <translation>%1：請求月を入力してください。</translation>
    </message>
    <message>
        <source>%1: enter the vaccination month.</source>
        <translation>%1：接種月を入力してください。</translation>
    </message>
    <message>
        <source>%1: the claim month (%2) must come after the vaccination month (%3): a claim covers doses given up to the end of the previous month.</source>
        <translation>%1：請求月（%2）は接種月（%3）より後の月にしてください。請求できるのは前月末までに接種した分です。</translation>
    </message>
    <message>
        <source>%1: the counts are too large to compute the amounts. Check the counts.</source>
        <translation>%1：件数が大きすぎるため請求額を計算できません。件数を確認してください。</translation>
    </message>
    <message>
        <source>%1: enter the count as a whole number of 0 or more.</source>
        <translation>%1：件数は0以上の整数で入力してください。</translation>
    </message>
    <message>
        <source>%1: claims for doses given in %2 use the old format, which has no after-hours or holiday rows. Enter these doses as "%3" here and bill the after-hours or holiday addition separately to the municipality where the venue is located.</source>
        <translation>%1：%2接種分は旧様式のため、時間外・休日の行はありません。この請求では「%3」として入力し、時間外・休日加算は別に医療機関所在地の市区町村へ請求してください。</translation>
    </message>
</context>
<context>
    <name>BillingCommand</name>
    <message>
        <source>use --input FILE.json, or --input - to read standard input.</source>
        <translation>--input FILE.json で入力ファイルを指定してください（標準入力は --input -）。</translation>
    </message>
    <message>
        <source>cannot read %1 (%2).</source>
        <translation>%1 を読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: give the institution as a JSON object, e.g. {"name":"...","code":"1310000017"}.</source>
        <translation>%1：医療機関等の情報はJSONオブジェクトで指定してください（例：{"name":"...","code":"1310000017"}）。</translation>
    </message>
    <message>
        <source>billing --input FILE.json [--pdf OUT.pdf]  (- reads standard input; prints the rows, unit prices and totals; --pdf also writes the claim summary and one claim per municipality)</source>
        <translation>billing --input FILE.json [--pdf OUT.pdf]  （- で標準入力から読み込み。行・単価・合計を出力。--pdf を付けると請求総括書と市区町村別請求書もPDFに出力）</translation>
    </message>
</context>
<context>
    <name>BillingJson</name>
    <message>
        <source>input: the JSON cannot be read (%1 at character %2).</source>
        <translation>入力：JSONを読み取れません（%2文字目：%1）。</translation>
    </message>
    <message>
        <source>input: give one JSON object with claim_month, vaccination_month and counts.</source>
        <translation>入力：claim_month、vaccination_month、counts を持つJSONオブジェクトを1つ指定してください。</translation>
    </message>
    <message>
        <source>%1: this key is not part of a claim; check its spelling.</source>
        <translation>%1：請求の項目にこのキーはありません。綴りをご確認ください。</translation>
    </message>
    <message>
        <source>%1: write the month as YYYY-MM, e.g. 2022-01.</source>
        <translation>%1：月は YYYY-MM の形式（例：2022-01）で指定してください。</translation>
    </message>
    <message>
        <source>counts: give a list of counts, e.g. [{"municipality":"131016",...}].</source>
        <translation>counts：件数の一覧を配列で指定してください（例：[{"municipality":"131016",...}]）。</translation>
    </message>
    <message>
        <source>%1: each count must be a JSON object.</source>
        <translation>%1：件数は1件ずつJSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>%1: this key is not part of a count; check its spelling.</source>
        <translation>%1：件数の項目にこのキーはありません。綴りをご確認ください。</translation>
    </message>
    <message>
        <source>%1: give the 6-digit municipality code as a string, e.g. "131016".</source>
        <translation>%1：6桁の市町村コードを文字列で指定してください（例："131016"）。</translation>
    </message>
    <message>
        <source>%1: use "vaccination" or "screening_only".</source>
        <translation>%1："vaccination"（接種）または "screening_only"（予診のみ）を指定してください。</translation>
    </message>
    <message>
        <source>%1: use "6plus" or "under6".</source>
        <translation>%1："6plus"（6歳以上）または "under6"（6歳未満）を指定してください。</translation>
    </message>
    <message>
        <source>%1: use "regular", "after_hours" or "holiday".</source>
        <translation>%1："regular"（通常）、"after_hours"（時間外）または "holiday"（休日）を指定してください。</translation>
    </message>
    <message>
        <source>%1: give the count as a whole number.</source>
        <translation>%1：件数は整数で指定してください。</translation>
    </message>
    <message>
        <source>home_municipality: give the 6-digit municipality code as a string, e.g. "131016".</source>
        <translation>home_municipality：医療機関と同一市内の市区町村コード（6桁）を文字列で指定してください（例："131016"）。</translation>
    </message>
</context>
<context>
    <name>BillingText</name>
    <message>
        <source>Screening only</source>
        <translation>予診のみ</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>接種</translation>
    </message>
    <message>
        <source>Under 6</source>
        <translation>6歳未満</translation>
    </message>
    <message>
        <source>6 and over</source>
        <translation>6歳以上</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>時間外</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Old format</source>
        <translation>旧様式</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>新様式</translation>
    </message>
    <message>
        <source>vaccination fee</source>
        <translation>接種費用</translation>
    </message>
    <message>
        <source>screening-only fee</source>
        <translation>予診のみの費用</translation>
    </message>
    <message>
        <source>under-6 addition</source>
        <translation>6歳未満の乳幼児加算</translation>
    </message>
    <message>
        <source>after-hours addition</source>
        <translation>時間外加算</translation>
    </message>
    <message>
        <source>holiday addition</source>
        <translation>休日加算</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The server sent an application VSYS Desk cannot read: %1</source>
        <translation>サーバーから VSYS Desk が読み取れない申込が届きました：%1</translation>
    </message>
    <message>
        <source>The server sent a vaccination plan VSYS Desk cannot read: %1</source>
        <translation>サーバーから VSYS Desk が読み取れない接種計画が届きました：%1</translation>
    </message>
    <message>
        <source>The server sent a dose VSYS Desk cannot read: %1</source>
        <translation>サーバーから届いた接種記録をVSYS Deskで読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>Could not add the change to the application's change log in the local database: %1</source>
        <translation>変更をローカルデータベースの申込の変更履歴に追加できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the application's change log from the local database: %1</source>
        <translation>ローカルデータベースから申込の変更履歴を読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ChangesRoutes</name>
    <message>
        <source>since: give the cursor of the last answer (0 at first).</source>
        <translation>since：前回の応答のカーソルを指定してください（初回は0）。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check postal|phone|municipality-code|institution-code|furigana|email VALUE  (exit 0 valid, 1 invalid, 3 valid with a warning)</source>
        <translation>check postal|phone|municipality-code|institution-code|furigana|email 値  （終了コード 0：正しい、1：誤り、3：正しいが要確認）</translation>
    </message>
    <message>
        <source>give a kind and one value, e.g. check postal 100-0001.</source>
        <translation>種類と値を1つ指定してください（例：check postal 100-0001）。</translation>
    </message>
    <message>
        <source>unknown kind "%1"; use one of: %2.</source>
        <translation>「%1」という種類はありません。次のいずれかを指定してください：%2。</translation>
    </message>
</context>
<context>
    <name>ClaimBatchPrinter</name>
    <message>
        <source>Could not print the claim sheets. Check that the printer is ready and try again.</source>
        <translation>請求書を印刷できませんでした。プリンターの準備ができているか確認して、もう一度印刷してください。</translation>
    </message>
    <message>
        <source>Printing was cancelled after %1 of %2 claim sheets.</source>
        <translation>%2枚中%1枚を印刷したところで印刷を中止しました。</translation>
    </message>
    <message>
        <source>The PDF file %1 was not saved because saving was cancelled. Save it again to get every claim sheet.</source>
        <translation>保存を中止したため、PDFファイル %1 は保存されていません。すべての請求書が必要な場合は、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>ClaimChecks</name>
    <message>
        <source>%1: this is blank. Enter it in the institution details, or write it in by hand on the printout.</source>
        <translation>%1：入力されていません。医療機関等の情報に入力するか、印刷後に手書きで記入してください。</translation>
    </message>
    <message>
        <source>Medical institution code (10 digits)</source>
        <translation>医療機関等番号（10桁）</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>市区町村コード</translation>
    </message>
    <message>
        <source>Municipality code %1</source>
        <translation>市区町村コード %1</translation>
    </message>
    <message>
        <source>%1: this code is not in the list of municipalities. Check it against the vaccination ticket.</source>
        <translation>%1：全国地方公共団体コードにない番号です。接種券に記載の市区町村コードと照らし合わせてご確認ください。</translation>
    </message>
    <message>
        <source>%1: the check digit (6th digit) is not correct. The code of %2 is %3; correct it if that is the municipality you meant.</source>
        <translation>%1：検査数字（6桁目）が正しくありません。%2のコードは %3 です。%2のことでしたら訂正してください。</translation>
    </message>
    <message>
        <source>Number of claims: every count on this printout is 0. Enter the counts before printing.</source>
        <translation>請求件数：この帳票に出力する件数がすべて0件です。件数を入力してから印刷してください。</translation>
    </message>
    <message>
        <source>Vaccination month: %1 has not ended yet (its last day is %2). Print the claim after the month has ended, or the doses given until then are left out.</source>
        <translation>接種月：%1はまだ終わっていません（末日は%2です）。このまま印刷すると月末までの接種分が漏れてしまうため、接種月が終わってから印刷してください。</translation>
    </message>
    <message>
        <source>The deadline for the claim of %1 was %2. Submit it to the federation as soon as possible; a late claim is paid a month later.</source>
        <translation>%1請求分の提出期限（%2）を過ぎています。できるだけ早く国保連へ提出してください。期限を過ぎた請求は、支払いが1か月遅れます。</translation>
    </message>
    <message>
        <source>Representative's name</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Address of the institution</source>
        <translation>医療機関等の所在地</translation>
    </message>
    <message>
        <source>Counts differ from the vaccinations recorded: the claim has %1 vaccinations of %2, the dose ledger %3. Check the counts, or fill them from the ledger.</source>
        <translation>実績と件数が違います：請求の%2の接種は%1、接種台帳では%3です。件数を確認するか、台帳から入力してください。</translation>
    </message>
</context>
<context>
    <name>ClaimDeadline</name>
    <message>
        <source>%1: enter the claim month.</source>
        <translation>%1：請求月を入力してください。</translation>
    </message>
    <message>
        <source>%1: the deadline of the claim for %2 cannot be determined: it is outside the holiday data (%3 to %4).</source>
        <translation>%1：%2請求分の請求期限を決められません。祝日データの範囲外です（%3〜%4）。</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Claim month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Vaccination month</source>
        <translation>接種月</translation>
    </message>
    <message>
        <source>Forms with the vaccination ticket attached</source>
        <translation>接種券を貼付した予診票分</translation>
    </message>
    <message>
        <source>Forms with the ticket information printed (healthcare workers)</source>
        <translation>接種券情報が印刷された予診票（医療従事者等向け）分</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>返戻分</translation>
    </message>
    <message>
        <source>Items returned by the federation from an earlier claim are added to this month's forms once corrected.</source>
        <translation>国保連から返戻された分は、修正のうえ今月の請求総括書・市区町村別請求書に加えて請求します。元の請求月とともに入力してください。</translation>
    </message>
    <message>
        <source>Add a returned item</source>
        <translation>返戻分を追加</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>選択した返戻分を削除</translation>
    </message>
    <message>
        <source>Medical institution (printed on the forms)</source>
        <translation>医療機関等の情報（請求書に印字）</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>印刷履歴</translation>
    </message>
    <message>
        <source>Insurance medical institution code / long-term care provider number for claims</source>
        <translation>請求用保険医療機関コード・介護保険事業所番号</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10桁の番号</translation>
    </message>
</context>
<context>
    <name>ClaimSheet</name>
    <message>
        <source>%1 (%2)</source>
        <comment>age (time band)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Address of the medical institution</source>
        <translation>医療機関等の所在地</translation>
    </message>
    <message>
        <source>Name of the representative</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Claim for %1</source>
        <translation>%1請求分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Claimed count</source>
        <translation>請求件数</translation>
    </message>
    <message>
        <source>Claimed amount (tax incl.)</source>
        <translation>請求金額（税込み）</translation>
    </message>
    <message>
        <source>Decided count</source>
        <translation>決定件数</translation>
    </message>
    <message>
        <source>Decided amount (tax incl.)</source>
        <translation>決定金額（税込み）</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>[Unit prices (tax excl.)]</source>
        <translation>〔単価（税抜き）〕</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>-</source>
        <comment>no unit price</comment>
        <translation>－</translation>
    </message>
    <message>
        <source>Write within the thick frame above</source>
        <translation>↑ 太枠内に記載すること</translation>
    </message>
</context>
<context>
    <name>ClaimStore</name>
    <message>
        <source>Could not read the claim from the local database: %1</source>
        <translation>ローカルデータベースから請求を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The claim for the billing month %1 saved on this computer cannot be read (%2). Please enter the claim for that month again.</source>
        <translation>このコンピューターに保存された請求月 %1 の請求を読み取れません（%2）。お手数ですが、その月の請求をもう一度入力してください。</translation>
    </message>
    <message>
        <source>Could not read the saved claims from the local database: %1</source>
        <translation>ローカルデータベースから保存済みの請求を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save the claim to the local database: %1</source>
        <translation>請求をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save the print history to the local database: %1</source>
        <translation>印刷履歴をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the print history from the local database: %1</source>
        <translation>ローカルデータベースから印刷履歴を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The print history for the billing month %1 saved on this computer cannot be read (output %2). Please contact the support desk.</source>
        <translation>このコンピューターに保存された請求月 %1 の印刷履歴を読み取れません（出力 %2）。サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>Could not save the confirmed institution code to the local database: %1</source>
        <translation>確認済みの請求用保険医療機関コードをこのPCのデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the confirmed institution codes from the local database: %1</source>
        <translation>確認済みの請求用保険医療機関コードをこのPCのデータベースから読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ClaimSummaryDocument</name>
    <message>
        <source>COVID-19 vaccination fees: claim summary</source>
        <translation>コロナワクチン接種費等 請求総括書</translation>
    </message>
    <message>
        <source>To the %1 Federation of National Health Insurance Associations</source>
        <translation>%1国民健康保険団体連合会 御中</translation>
    </message>
    <message>
        <source>Facility category</source>
        <translation>施設等区分</translation>
    </message>
    <message>
        <source>Medical institution number (10 digits)</source>
        <translation>医療機関等番号（10桁）</translation>
    </message>
    <message>
        <source>Name of the medical institution</source>
        <translation>医療機関等名称</translation>
    </message>
    <message>
        <source>Includes doses for residents of the venue's city</source>
        <translation>住所市内接種分含む</translation>
    </message>
    <message>
        <source>* Check when the claims include the municipality where the medical institution is located</source>
        <translation>※医療機関等の所在地と請求先を含む場合はチェック</translation>
    </message>
</context>
<context>
    <name>ClinicHours</name>
    <message>
        <source>%1: give the day's hours as a list of ranges, e.g. %2 (or [] for none).</source>
        <translation>%1：その曜日の診療時間を範囲のリストで指定してください（例：%2、診療時間がなければ []）。</translation>
    </message>
    <message>
        <source>%1: at most %2 ranges a day.</source>
        <translation>%1：1日に指定できる範囲は%2個までです。</translation>
    </message>
    <message>
        <source>%1: give a range as ["09:00","12:00"] (start and end, HH:MM).</source>
        <translation>%1：範囲は ["09:00","12:00"] のように開始と終了（HH:MM）で指定してください。</translation>
    </message>
    <message>
        <source>%1: the start must be before the end.</source>
        <translation>%1：開始は終了より前の時刻にしてください。</translation>
    </message>
    <message>
        <source>%1: the ranges overlap.</source>
        <translation>%1：範囲が重なっています。</translation>
    </message>
    <message>
        <source>%1: give the dates without hours as a list, e.g. ["2022-01-04"].</source>
        <translation>%1：診療時間のない日付をリストで指定してください（例：["2022-01-04"]）。</translation>
    </message>
    <message>
        <source>%1: at most %2 dates.</source>
        <translation>%1：日付は%2件までです。</translation>
    </message>
    <message>
        <source>%1: give the date as YYYY-MM-DD.</source>
        <translation>%1：日付は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>The hours are not a JSON object such as {"mon":[["09:00","12:00"]],"sun":[]}.</source>
        <translation>診療時間が {"mon":[["09:00","12:00"]],"sun":[]} のようなJSONオブジェクトになっていません。</translation>
    </message>
    <message>
        <source>%1: give true or false.</source>
        <translation>%1：true か false を指定してください。</translation>
    </message>
    <message>
        <source>%1: unknown key; the keys are mon … sun, closed and year_end_holiday.</source>
        <translation>%1：不明なキーです。キーは mon～sun、closed、year_end_holiday です。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>vsysdesk-cli %1: %2</source>
        <translation>vsysdesk-cli %1：%2</translation>
    </message>
</context>
<context>
    <name>CoolRules</name>
    <message>
        <source>%1-%2 vaccination</source>
        <translation>%1～%2接種</translation>
    </message>
    <message>
        <source>delivery in the week of %1</source>
        <translation>%1週配送</translation>
    </message>
    <message>
        <source>%1 (allocation in progress)</source>
        <translation>%1（分配作業中）</translation>
    </message>
    <message>
        <source>%1 (allocation final)</source>
        <translation>%1（分配量確定済）</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its allocation is final.</source>
        <translation>%1は分配量確定済のため変更できません。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the plan change deadline (%2) has passed.</source>
        <translation>%1は計画変更の締切（%2）を過ぎているため変更できません。</translation>
    </message>
    <message>
        <source>Plans cannot be changed until %2 while the allocation for %1 is being worked out.</source>
        <translation>%1の分配作業期間中のため、%2まで計画を変更できません。</translation>
    </message>
    <message>
        <source>Plans cannot be changed while the allocation for %1 is being worked out.</source>
        <translation>%1の分配作業期間中のため、計画を変更できません。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the local database (%1): %2</source>
        <translation>ローカルデータベースを開けませんでした（%1）：%2</translation>
    </message>
    <message>
        <source>Could not create the folder for the local database (%1).</source>
        <translation>ローカルデータベースのフォルダーを作成できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Could not set up the local database (%1): %2</source>
        <translation>ローカルデータベースを設定できませんでした（%1）：%2</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>--database: give the path of the SQLite file after "sqlite:", for example sqlite:./vsysdesk-server.sqlite.</source>
        <translation>--database：「sqlite:」の後にSQLiteファイルのパスを指定してください（例：sqlite:./vsysdesk-server.sqlite）。</translation>
    </message>
    <message>
        <source>--database: "%1" is neither sqlite:PATH nor postgresql://user:password@host:port/database.</source>
        <translation>--database：「%1」は sqlite:PATH でも postgresql://user:password@host:port/database でもありません。</translation>
    </message>
    <message>
        <source>--database: the PostgreSQL URL needs a host and a database name, for example postgresql://vsys:password@127.0.0.1:5432/vsysdesk.</source>
        <translation>--database：PostgreSQLのURLにはホストとデータベース名が必要です（例：postgresql://vsys:password@127.0.0.1:5432/vsysdesk）。</translation>
    </message>
    <message>
        <source>--database: the schema name "%1" may only contain lower-case letters, digits and underscores.</source>
        <translation>--database：スキーマ名「%1」には英小文字、数字、アンダースコアだけを使ってください。</translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>deadline --claim-month YYYY-MM  (the 10th of the claim month, or the next business day)</source>
        <translation>deadline --claim-month YYYY-MM  （請求月の10日。土日祝日の場合は翌営業日）</translation>
    </message>
    <message>
        <source>use --claim-month YYYY-MM, e.g. --claim-month 2022-01.</source>
        <translation>--claim-month YYYY-MM で請求月を指定してください（例：--claim-month 2022-01）。</translation>
    </message>
    <message>
        <source>--claim-month: write the month as YYYY-MM, e.g. 2022-01.</source>
        <translation>--claim-month：請求月は YYYY-MM の形式（例：2022-01）で指定してください。</translation>
    </message>
</context>
<context>
    <name>DelegationText</name>
    <message>
        <source>A delegation letter for the joint contract has been issued.</source>
        <translation>集合契約の委任状が発行されました。</translation>
    </message>
    <message>
        <source>Download the PDF file with the button below, print it and stamp it with your seal, then submit it to the municipality where the vaccination venue is located.</source>
        <translation>下記ボタンからPDFファイルをダウンロードし、印刷・押印の上、接種会場所在地の市町村に提出してください。</translation>
    </message>
    <message>
        <source>* After the first download you can download it again at any time from "File downloads" in the "Medical institution / venue" tab.</source>
        <translation>※一度ダウンロードした後も、「医療機関・接種会場」タブの「ファイルダウンロード」欄から、いつでもダウンロードできます。</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>Server URL: %1</source>
        <translation>接続先URL：%1</translation>
    </message>
    <message>
        <source>Data folder: enter the folder's full path, e.g. %1.</source>
        <translation>データフォルダ：フォルダの場所を省略せずに入力してください（例：%1）。</translation>
    </message>
    <message>
        <source>Data folder: "%1" is a file, not a folder.</source>
        <translation>データフォルダ：「%1」はファイルです。フォルダを指定してください。</translation>
    </message>
</context>
<context>
    <name>DoctorJson</name>
    <message>
        <source>%1: send the value as text.</source>
        <translation>%1：値を文字列で送ってください。</translation>
    </message>
    <message>
        <source>%1: enter at most %2 characters.</source>
        <translation>%1：%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Doctor's name</source>
        <translation>(医師)氏名</translation>
    </message>
    <message>
        <source>%1: please enter a value.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>Doctor's name in hiragana</source>
        <translation>(医師)氏名ふりがな</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Vaccines: send the list of vaccines the doctor gives.</source>
        <translation>取扱ワクチン：医師が取り扱うワクチンの一覧を送ってください。</translation>
    </message>
    <message>
        <source>Vaccines: %1 is not one of %2.</source>
        <translation>取扱ワクチン：%1は%2のいずれでもありません。</translation>
    </message>
    <message>
        <source>id: a UUID is expected.</source>
        <translation>id：UUIDを指定してください。</translation>
    </message>
    <message>
        <source>version: a whole number of 0 or more is expected.</source>
        <translation>version：0以上の整数を指定してください。</translation>
    </message>
</context>
<context>
    <name>DoctorRequirement</name>
    <message>
        <source>A V-SYS ID was newly issued to this venue for the additional vaccination: register at least one vaccinating doctor (医師情報は新規 ID の場合は必須).</source>
        <translation>この接種会場には追加接種用のV-SYS IDが新規発行されています。接種担当医師を1人以上登録してください（医師情報は新規IDの場合は必須です）。</translation>
    </message>
    <message>
        <source>This is the venue's only vaccinating doctor. A venue with a newly issued V-SYS ID must keep at least one: register another doctor first, then delete this one.</source>
        <translation>この医師はこの接種会場の唯一の接種担当医師です。V-SYS IDが新規発行された接種会場は医師を1人以上登録しておく必要があります。先に別の医師を登録してから削除してください。</translation>
    </message>
</context>
<context>
    <name>DoctorVaccines</name>
    <message>
        <source>Pfizer (12 and over)</source>
        <translation>ファイザー社(12歳以上)</translation>
    </message>
    <message>
        <source>Pfizer (5 to 11)</source>
        <translation>ファイザー社(5歳以上11歳以下)</translation>
    </message>
    <message>
        <source>AstraZeneca</source>
        <translation>アストラゼネカ社</translation>
    </message>
    <message>
        <source>Takeda (Moderna)</source>
        <translation>武田(モデルナ)社</translation>
    </message>
</context>
<context>
    <name>DoseForecast</name>
    <message>
        <source>About %1 doses are expected to be left over: at %2, about %3 of the %4 on hand pass their usable period before they are used. Consider lowering the plan.</source>
        <translation>約%1回分が余る見込みです。%2のペースでは、在庫%4のうち約%3が使用期限までに使われません。計画の減量を検討してください。</translation>
    </message>
    <message>
        <source>About %1 doses are expected to be left over: at %2, the %3 on hand will not be used before the next delivery period starts on %4. Consider lowering the plan.</source>
        <translation>約%1回分が余る見込みです。%2のペースでは、在庫%3を次のクールが始まる%4までに使い切れません。計画の減量を検討してください。</translation>
    </message>
    <message>
        <source>about %1 doses a day (last 14 days)</source>
        <translation>1日あたり約%1回（直近14日）</translation>
    </message>
</context>
<context>
    <name>DoseJson</name>
    <message>
        <source>%1: give a text value.</source>
        <translation>%1：値を文字列で指定してください。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters, without line breaks.</source>
        <translation>%1：改行を含めず%2文字以内で指定してください。</translation>
    </message>
    <message>
        <source>%1: give "attached" or "printed".</source>
        <translation>%1："attached" か "printed" を指定してください。</translation>
    </message>
    <message>
        <source>%1: unknown key.</source>
        <translation>%1：不明なキーです。</translation>
    </message>
    <message>
        <source>%1: give the row's id as a lower-case UUID.</source>
        <translation>%1：行のIDを小文字のUUIDで指定してください。</translation>
    </message>
    <message>
        <source>%1: give the id of the corrected row as a lower-case UUID, or "" for a first entry.</source>
        <translation>%1：訂正する行のIDを小文字のUUIDで指定してください（最初の入力なら ""）。</translation>
    </message>
    <message>
        <source>%1: give true or false.</source>
        <translation>%1：true か false を指定してください。</translation>
    </message>
    <message>
        <source>%1: only a correction of an earlier row can withdraw it.</source>
        <translation>%1：取消は既存の行の訂正としてのみ行えます。</translation>
    </message>
    <message>
        <source>%1: a correction needs its reason.</source>
        <translation>%1：訂正には理由が必要です。</translation>
    </message>
    <message>
        <source>%1: give the date and time as YYYY-MM-DDTHH:MM (Japan time).</source>
        <translation>%1：日時は YYYY-MM-DDTHH:MM（日本時間）の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1: give the 18 digits without separators.</source>
        <translation>%1：区切り文字を入れずに18桁の数字で指定してください。</translation>
    </message>
    <message>
        <source>%1: give "vaccination" or "screening_only".</source>
        <translation>%1："vaccination" か "screening_only" を指定してください。</translation>
    </message>
    <message>
        <source>%1: give "6plus" or "under6".</source>
        <translation>%1："6plus" か "under6" を指定してください。</translation>
    </message>
    <message>
        <source>%1: give "new" or "old".</source>
        <translation>%1："new" か "old" を指定してください。</translation>
    </message>
    <message>
        <source>%1: give the V-SYS ID (10 digits).</source>
        <translation>%1：V-SYS ID（10桁）を指定してください。</translation>
    </message>
    <message>
        <source>%1: give the time of entry in UTC, as 2022-03-14T00:05:00Z.</source>
        <translation>%1：入力日時をUTCで 2022-03-14T00:05:00Z のように指定してください。</translation>
    </message>
</context>
<context>
    <name>DoseLedgerStore</name>
    <message>
        <source>Could not save the dose to the local database: %1</source>
        <translation>接種記録をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the consultation hours from the local database: %1</source>
        <translation>診療時間をローカルデータベースから読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The consultation hours stored on this computer cannot be read (%1). Please set them again.</source>
        <translation>このパソコンに保存された診療時間を読み込めません（%1）。診療時間をもう一度設定してください。</translation>
    </message>
    <message>
        <source>Could not save the consultation hours to the local database: %1</source>
        <translation>診療時間をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the dose ledger from the local database: %1</source>
        <translation>接種台帳をローカルデータベースから読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>A dose stored on this computer cannot be read (%1). Please contact the support desk.</source>
        <translation>このパソコンに保存された接種記録を読み込めません（%1）。サポート窓口にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>DoseService</name>
    <message>
        <source>The dose was not found. It may belong to another venue.</source>
        <translation>接種記録が見つかりません。別の接種会場の記録の可能性があります。</translation>
    </message>
    <message>
        <source>id: a different dose with this id is already stored. Record the dose again as a new row.</source>
        <translation>id：このIDで別の接種記録が既に登録されています。新しい行として記録し直してください。</translation>
    </message>
    <message>
        <source>supersedes: the row to correct is not in this venue's dose ledger.</source>
        <translation>supersedes：訂正する行がこの接種会場の接種台帳にありません。</translation>
    </message>
    <message>
        <source>This venue's dose ledger already holds %1 records, the most the server keeps. Please contact the support desk.</source>
        <translation>この接種会場の接種台帳は既に%1件あり、サーバーに保存できる上限に達しています。サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>after: give the "next" value of the previous page unchanged, or leave it out for the first page.</source>
        <translation>after: 前のページの「next」の値をそのまま指定してください（最初のページでは指定しません）。</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>%1: enter at most %2 characters.</source>
        <translation>%1：%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1: the address is not in a valid form. Enter it like name@example.co.jp.</source>
        <translation>%1：形式が正しくありません。name@example.co.jp のような形で入力してください。</translation>
    </message>
    <message>
        <source>%1: the dots in this address do not follow the e-mail standard (as in some older mobile addresses), so some senders cannot deliver to it. Please make sure mail reaches it.</source>
        <translation>%1：このアドレスは「.」の位置がメールの規格に沿っていないため（古い携帯電話のアドレスなど）、一部の送信元からは届きません。メールが届くことをご確認ください。</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>Could not create the folder %1 for the built-in server.</source>
        <translation>内蔵サーバー用のフォルダー %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>Faq</name>
    <message>
        <source>%1: the file must contain one JSON object.</source>
        <translation>%1: ファイルは1つのJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>%1: list the questions as an array.</source>
        <translation>%1: 質問は配列で並べてください。</translation>
    </message>
    <message>
        <source>%1: this field must not be empty.</source>
        <translation>%1: この項目は空にできません。</translation>
    </message>
    <message>
        <source>%1: this id is used twice.</source>
        <translation>%1: この id は2回使われています。</translation>
    </message>
</context>
<context>
    <name>FaqIndex</name>
    <message>
        <source>The FAQ could not be searched: %1</source>
        <translation>よくある質問を検索できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>FeeSchedule</name>
    <message>
        <source>%1: the file is not valid JSON (%2).</source>
        <translation>%1：JSONとして読み込めません（%2）。ファイルを確認してください。</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object.</source>
        <translation>%1：ファイルの中身は1つのJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>%1: give the consumption tax rate as a whole number of percent from 0 to 100.</source>
        <translation>%1：消費税率は0から100までの整数（%）で指定してください。</translation>
    </message>
    <message>
        <source>%1: list at least one fee.</source>
        <translation>%1：単価を1件以上指定してください。</translation>
    </message>
    <message>
        <source>%1: each fee must be an object with item, amount, valid_from, valid_to and source.</source>
        <translation>%1：各単価は item、amount、valid_from、valid_to、source を持つオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>%1: use one of vaccination, screening_only, under6_addition, after_hours_addition or holiday_addition.</source>
        <translation>%1：vaccination、screening_only、under6_addition、after_hours_addition、holiday_addition のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: give the amount in yen, tax excluded, as a whole number from 0 to %2.</source>
        <translation>%1：金額は税抜の円で、0から%2までの整数で指定してください。</translation>
    </message>
    <message>
        <source>%1: write the date as YYYY-MM-DD.</source>
        <translation>%1：日付は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1: the end date comes before valid_from (%2).</source>
        <translation>%1：終了日が開始日（%2）より前になっています。日付を確認してください。</translation>
    </message>
    <message>
        <source>%1: give the source of the amount (a URL or a document).</source>
        <translation>%1：金額の出典（URLまたは資料名）を指定してください。</translation>
    </message>
    <message>
        <source>%1: this %2 is valid at the same time as fees[%3]. Give one item only one amount on any day.</source>
        <translation>%1：この%2は fees[%3] と適用期間が重なっています。同じ項目の単価は、どの日も1つだけになるようにしてください。</translation>
    </message>
    <message>
        <source>%1: enter the vaccination month.</source>
        <translation>%1：接種月を入力してください。</translation>
    </message>
    <message>
        <source>%1: the %2 changes during %3, so the month cannot be billed at one price. Check the fee table.</source>
        <translation>%1：%3の途中で%2の単価が変わるため、月単位の請求額を計算できません。単価表を確認してください。</translation>
    </message>
    <message>
        <source>%1: doses given in %2 are outside the period of the special temporary vaccination (the fee table has no %3 for that month). Check the vaccination month.</source>
        <translation>%1：%2接種分は特例臨時接種の対象期間外です（単価表にこの月の%3がありません）。接種月を確認してください。</translation>
    </message>
    <message>
        <source>%1: there is no %2 for doses given in %3 (outside the period in the fee table). Check this row.</source>
        <translation>%1：%3接種分には%2がありません（単価表の適用期間外です）。この行の内容を確認してください。</translation>
    </message>
</context>
<context>
    <name>FileHandoff</name>
    <message>
        <source>Save the PDF as</source>
        <translation>PDFを名前を付けて保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>the file there cannot be replaced</source>
        <translation>既にあるファイルを置き換えられません</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>バックアップを名前を付けて保存</translation>
    </message>
    <message>
        <source>VSYS Desk backups (*.sqlite)</source>
        <translation>VSYS Deskのバックアップ (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>復元するバックアップを選ぶ</translation>
    </message>
    <message>
        <source>VSYS Desk backups (*.sqlite);;All files (*)</source>
        <translation>VSYS Deskのバックアップ (*.sqlite);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>%1: please enter it in katakana.</source>
        <translation>%1：カタカナで入力してください。</translation>
    </message>
    <message>
        <source>%1: please enter it in hiragana.</source>
        <translation>%1：ひらがなで入力してください。</translation>
    </message>
    <message>
        <source>%1: use one space only, between the family name and the given name.</source>
        <translation>%1：スペースは姓と名の間に1つだけ入れてください。</translation>
    </message>
</context>
<context>
    <name>HelpContacts</name>
    <message>
        <source>%1: the file must contain one JSON object.</source>
        <translation>%1: ファイルは1つのJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>%1: give the name, phone and hoursText.</source>
        <translation>%1: name、phone、hoursText を書いてください。</translation>
    </message>
    <message>
        <source>%1: write the hours as HH:mm, opening first.</source>
        <translation>%1: 時刻は HH:mm で、開始を先に書いてください。</translation>
    </message>
    <message>
        <source>%1: write the days as MM-DD.</source>
        <translation>%1: 日付は MM-DD で書いてください。</translation>
    </message>
    <message>
        <source>%1: give a title and an https address.</source>
        <translation>%1: タイトルと https のアドレスを書いてください。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>%1: the file is not valid JSON (%2).</source>
        <translation>%1：JSONとして読み込めません（%2）。ファイルを確認してください。</translation>
    </message>
    <message>
        <source>%1: the file must contain one JSON object.</source>
        <translation>%1：ファイルの中身は1つのJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>%1: write the date as YYYY-MM-DD.</source>
        <translation>%1：日付は YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>%1: the end of the covered range comes before its start.</source>
        <translation>%1：対象期間の終わりが始まりより前になっています。日付を確認してください。</translation>
    </message>
    <message>
        <source>%1: list the holidays as an array of {"date", "name"}.</source>
        <translation>%1：祝日は {"date", "name"} の配列で指定してください。</translation>
    </message>
    <message>
        <source>%1: the date is outside the covered range (covers).</source>
        <translation>%1：日付が対象期間（covers）の範囲外です。</translation>
    </message>
    <message>
        <source>%1: this date is listed twice.</source>
        <translation>%1：この日付は2回載っています。1つにしてください。</translation>
    </message>
    <message>
        <source>%1: give the name of the holiday.</source>
        <translation>%1：祝日の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Change booking reception status</source>
        <translation>予約の受付情報の変更</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Apply for workplace booster vaccination</source>
        <translation>職域追加接種の申込</translation>
    </message>
    <message>
        <source>Register vaccination plan</source>
        <translation>ワクチン接種計画の登録</translation>
    </message>
    <message>
        <source>Report wastage</source>
        <translation>廃棄量等の報告</translation>
    </message>
    <message>
        <source>Check allocation</source>
        <translation>分配量の確認</translation>
    </message>
    <message>
        <source>Check delivery dates</source>
        <translation>配送予定日の確認</translation>
    </message>
    <message>
        <source>Create claim summary and municipal invoices for the NHI federation</source>
        <translation>国保連提出用請求総括書・市区町村別請求書の作成</translation>
    </message>
    <message>
        <source>Letter of delegation</source>
        <translation>委任状</translation>
    </message>
    <message>
        <source>Medical institution information</source>
        <translation>医療機関情報</translation>
    </message>
    <message>
        <source>Dose ledger</source>
        <translation>接種台帳</translation>
    </message>
</context>
<context>
    <name>HttpsServer</name>
    <message>
        <source>Could not load the server certificate %1 or its key %2. Check that both are PEM files and that the key belongs to the certificate.</source>
        <translation>サーバー証明書 %1 またはその秘密鍵 %2 を読み込めませんでした。どちらもPEM形式であること、秘密鍵が証明書と対になっていることを確認してください。</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2. Another program may use the port, or the address is not one of this computer's. Choose another --port or --bind.</source>
        <translation>%1 のポート %2 で待ち受けできませんでした。別のプログラムがポートを使用しているか、このコンピューターのアドレスではありません。--port または --bind を変えてください。</translation>
    </message>
    <message>
        <source>The HTTPS server did not start. Please try again.</source>
        <translation>HTTPSサーバーを起動できませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>InquiryAdmin</name>
    <message>
        <source>list-inquiries: only the inquiries without an answer.</source>
        <translation>list-inquiries：回答していない問い合わせだけを表示します。</translation>
    </message>
    <message>
        <source>answer-inquiry: the answer.</source>
        <translation>answer-inquiry：回答。</translation>
    </message>
    <message>
        <source>answer-inquiry: read the answer from this UTF-8 text file.</source>
        <translation>answer-inquiry：回答をこのUTF-8のテキストファイルから読み込みます。</translation>
    </message>
    <message>
        <source>answer-inquiry: replace the answer of an inquiry answered already.</source>
        <translation>answer-inquiry：回答済みの問い合わせの回答を置き換えます。</translation>
    </message>
    <message>
        <source>Inquiries (問い合わせ; ID is the inquiry's id):
  list-inquiries [--unanswered] [--venue UUID] [--page N]
  show-inquiry ID
  answer-inquiry ID (--text TEXT | --file FILE) [--replace]
</source>
        <translation>問い合わせ（ID は問い合わせのid）：
  list-inquiries [--unanswered] [--venue UUID] [--page N]
  show-inquiry ID
  answer-inquiry ID (--text TEXT | --file FILE) [--replace]
</translation>
    </message>
    <message>
        <source>--page: give a page number, 1 for the oldest inquiries.</source>
        <translation>--page：ページ番号を指定してください（1が最も古い問い合わせです）。</translation>
    </message>
    <message>
        <source>show-inquiry: give the inquiry's id.</source>
        <translation>show-inquiry：問い合わせのidを指定してください。</translation>
    </message>
    <message>
        <source>answer-inquiry: give the inquiry's id.</source>
        <translation>answer-inquiry：問い合わせのidを指定してください。</translation>
    </message>
    <message>
        <source>answer-inquiry: give the answer with either --text or --file.</source>
        <translation>answer-inquiry：回答は --text か --file のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1: the answer file is larger than %2 KB; an answer has at most %3 characters.</source>
        <translation>%1：回答のファイルが%2 KBを超えています。回答は%3文字以内です。</translation>
    </message>
</context>
<context>
    <name>InquiryCategories</name>
    <message>
        <source>Inquiry categories: the file is not valid JSON (%1).</source>
        <translation>お問い合わせ分類：ファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>%1: a category needs a unique key of at most %2 characters, a name of at most %3 characters and 1 to %4 details, each with a key unique in the category and a name.</source>
        <translation>%1：分類には、%2文字以内の重複しないキー、%3文字以内の名前、1～%4個の詳細（分類内で重複しないキーと名前）が必要です。</translation>
    </message>
    <message>
        <source>categories: at least one category is needed.</source>
        <translation>categories：分類が1つ以上必要です。</translation>
    </message>
</context>
<context>
    <name>InquiryHistory</name>
    <message>
        <source>An inquiry stored on this computer cannot be read (%1). Please contact the support desk.</source>
        <translation>このコンピューターに保存された問い合わせを読み込めません（%1）。サポート窓口にご連絡ください。</translation>
    </message>
</context>
<context>
    <name>InquiryJson</name>
    <message>
        <source>id: the inquiry's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>id：問い合わせのidは 0f8fad5b-d9cb-469f-a165-70867728950e のような小文字のUUIDにしてください。</translation>
    </message>
    <message>
        <source>%1: give text of at most %2 characters.</source>
        <translation>%1：%2文字以内の文字列を指定してください。</translation>
    </message>
</context>
<context>
    <name>InquiryService</name>
    <message>
        <source>The inquiry was not found. It may belong to another venue.</source>
        <translation>問い合わせが見つかりません。他の接種会場の問い合わせかもしれません。</translation>
    </message>
    <message>
        <source>id: an inquiry with this id was already sent. Send a new inquiry with a new id.</source>
        <translation>id：このidの問い合わせは送信済みです。新しいidで新しい問い合わせを送ってください。</translation>
    </message>
    <message>
        <source>This venue has already sent %1 inquiries, the most the server keeps. Please call the support desk.</source>
        <translation>この接種会場はすでに%1件の問い合わせを送信しており、サーバーが保存できる上限です。サポート窓口にお電話ください。</translation>
    </message>
    <message>
        <source>after: give the "next" value of the previous page unchanged, or leave it out for the first page.</source>
        <translation>after: 前のページの「next」の値をそのまま指定してください（最初のページでは指定しません）。</translation>
    </message>
    <message>
        <source>There is no venue %1.</source>
        <translation>接種会場 %1 はありません。</translation>
    </message>
    <message>
        <source>Page: give a number from 1 to %1.</source>
        <translation>ページ：1から%1までの番号を指定してください。</translation>
    </message>
    <message>
        <source>The inquiry was answered already (%1). Give --replace to replace the answer.</source>
        <translation>この問い合わせは回答済みです（%1）。回答を置き換えるには --replace を指定してください。</translation>
    </message>
</context>
<context>
    <name>InquiryValidator</name>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Inquiry category: choose one from the list.</source>
        <translation>お問い合わせ分類：一覧から選択してください。</translation>
    </message>
    <message>
        <source>Inquiry detail: choose one from the list of the chosen category.</source>
        <translation>お問い合わせ詳細：選択した分類の一覧から選択してください。</translation>
    </message>
    <message>
        <source>Content: write what you would like to ask.</source>
        <translation>内容：お問い合わせの内容を記載してください。</translation>
    </message>
    <message>
        <source>Content: write at most %1 characters (now %2).</source>
        <translation>内容：%1文字以内で記載してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Answer: write the answer to send.</source>
        <translation>回答：送る回答を記載してください。</translation>
    </message>
    <message>
        <source>Answer: write at most %1 characters (now %2).</source>
        <translation>回答：%1文字以内で記載してください（現在%2文字）。</translation>
    </message>
</context>
<context>
    <name>InstitutionCode</name>
    <message>
        <source>Medical institution code</source>
        <translation>医療機関コード</translation>
    </message>
    <message>
        <source>%1: enter all 10 digits, starting with the prefecture number.</source>
        <translation>%1：都道府県番号から始まる10桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>%1: the check digit (10th digit) does not match the calculated one (%2). If this is a similar code issued for a venue, leave it as it is. Otherwise please check the number once more.</source>
        <translation>%1：検証番号（10桁目）が計算と一致しません（計算上は%2）。類似コードの場合はそのままで構いません。番号をもう一度ご確認ください。</translation>
    </message>
</context>
<context>
    <name>InstitutionEditRepository</name>
    <message>
        <source>Could not save the medical institution details to the local database: %1</source>
        <translation>医療機関情報をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the medical institution details from the local database: %1</source>
        <translation>医療機関情報をローカルデータベースから読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>InstitutionFields</name>
    <message>
        <source>Facility category</source>
        <translation>施設分類</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>ホームページ</translation>
    </message>
    <message>
        <source>Deep freezers (-75℃)</source>
        <translation>ディープフリーザー(-75℃)(台)</translation>
    </message>
    <message>
        <source>Deep freezers (-20℃)</source>
        <translation>ディープフリーザー(-20℃)(台)</translation>
    </message>
    <message>
        <source>Deep freezers (-10℃)</source>
        <translation>ディープフリーザー(-10℃)(台)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Medical institution code for claims</source>
        <translation>請求用保険医療機関コード</translation>
    </message>
</context>
<context>
    <name>InstitutionJson</name>
    <message>
        <source>%1: enter the number of freezers as a whole number from 0 to %2.</source>
        <translation>%1：台数を0から%2までの整数で入力してください。</translation>
    </message>
    <message>
        <source>%1: send the value as text.</source>
        <translation>%1：値を文字列で送ってください。</translation>
    </message>
    <message>
        <source>%1: enter at most %2 characters.</source>
        <translation>%1：%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1: enter the address of the web page, starting with https:// (or http://).</source>
        <translation>%1：https://（またはhttp://）で始まるWebページのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1: choose one of %2.</source>
        <translation>%1：%2のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>%1: the value is missing.</source>
        <translation>%1：値がありません。</translation>
    </message>
    <message>
        <source>%1: there is no such field.</source>
        <translation>%1：このような項目はありません。</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Details of the medical institution / vaccination venue</source>
        <translation>医療機関・接種会場の詳細</translation>
    </message>
    <message>
        <source>Facility category</source>
        <translation>施設分類</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>ホームページ</translation>
    </message>
    <message>
        <source>Deep freezers (-75℃) (units)</source>
        <translation>ディープフリーザー(-75℃)(台)</translation>
    </message>
    <message>
        <source>Deep freezers (-20℃) (units)</source>
        <translation>ディープフリーザー(-20℃)(台)</translation>
    </message>
    <message>
        <source>Deep freezers (-10℃) (units)</source>
        <translation>ディープフリーザー(-10℃)(台)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Medical institution code for claims</source>
        <translation>請求用保険医療機関コード</translation>
    </message>
    <message>
        <source>Apply / save</source>
        <translation>申請・保存</translation>
    </message>
    <message>
        <source>Vaccinating doctors</source>
        <translation>接種担当医師の情報</translation>
    </message>
    <message>
        <source>To change a doctor's information, choose "Edit" on the doctor's row.</source>
        <translation>医師情報を変更する場合は、編集する医師情報の左の「編集」ボタンをクリックしてください。</translation>
    </message>
    <message>
        <source>Add a doctor</source>
        <translation>医師を追加</translation>
    </message>
    <message>
        <source>File download</source>
        <translation>ファイルダウンロード</translation>
    </message>
</context>
<context>
    <name>InstitutionRecordJson</name>
    <message>
        <source>version: a whole number of 0 or more is expected.</source>
        <translation>version：0以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1.state: "approved" or "rejected" is expected.</source>
        <translation>%1.state："approved"または"rejected"を指定してください。</translation>
    </message>
</context>
<context>
    <name>InstitutionRoutes</name>
    <message>
        <source>fields: send the medical institution details as a JSON object in "fields".</source>
        <translation>fields：医療機関情報を"fields"のJSONオブジェクトで送ってください。</translation>
    </message>
    <message>
        <source>id: the doctor's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>id：医師のIDは0f8fad5b-d9cb-469f-a165-70867728950eのような小文字のUUIDで指定してください。</translation>
    </message>
</context>
<context>
    <name>InstitutionService</name>
    <message>
        <source>The medical institution details were changed elsewhere in the meantime (version %1 on the server). Please check them and save again.</source>
        <translation>医療機関情報がその間に別の場所で変更されました（サーバーのバージョン%1）。内容を確認して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The doctor %1 was changed elsewhere in the meantime (version %2 on the server). Please check the entry and save again.</source>
        <translation>医師 %1 の情報がその間に別の場所で変更されました（サーバーのバージョン%2）。内容を確認して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>There is no such doctor.</source>
        <translation>該当する医師は登録されていません。</translation>
    </message>
    <message>
        <source>This venue already has %1 vaccinating doctors, the most allowed (%2). Please delete a doctor who no longer vaccinates here before adding another.</source>
        <translation>この接種会場にはすでに上限（%2人）の%1人の接種担当医師が登録されています。接種を担当しなくなった医師を削除してから追加してください。</translation>
    </message>
    <message>
        <source>The doctor was changed elsewhere in the meantime. Please try again.</source>
        <translation>医師の情報がその間に別の場所で変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Give the reason for the rejection: it tells the venue what to fix.</source>
        <translation>却下の理由を入力してください。接種会場が何を直せばよいかを伝えます。</translation>
    </message>
    <message>
        <source>The venue %1 has no change waiting for approval.</source>
        <translation>接種会場 %1 には承認を待っている変更はありません。</translation>
    </message>
</context>
<context>
    <name>JapaneseFormat</name>
    <message>
        <source>%1-%2-%3</source>
        <comment>year-month-day</comment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <comment>year-month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 doses</source>
        <translation>%1回</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1回</translation>
    </message>
    <message>
        <source>%1 vials</source>
        <translation>%1本</translation>
    </message>
</context>
<context>
    <name>KeptDocumentFiles</name>
    <message>
        <source>The server sent a document without a valid id.</source>
        <translation>サーバーから正しいIDのない書類が届きました。</translation>
    </message>
    <message>
        <source>Could not save %1 on this computer: %2</source>
        <translation>%1 をこのパソコンに保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for downloaded files.</source>
        <translation>ダウンロードしたファイルを置くフォルダ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>%1 を所有者だけが読み書きできる設定にできませんでした。</translation>
    </message>
</context>
<context>
    <name>KeptDocumentRepository</name>
    <message>
        <source>Could not record the downloaded file in the local database: %1</source>
        <translation>ダウンロードしたファイルをローカルデータベースに記録できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the downloaded files from the local database: %1</source>
        <translation>ダウンロードしたファイルをローカルデータベースから読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Could not read from the keychain: %1</source>
        <translation>キーチェーンから読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save to the keychain: %1</source>
        <translation>キーチェーンに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not remove from the keychain: %1</source>
        <translation>キーチェーンから削除できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>--%1: cannot read %2 (%3).</source>
        <translation>--%1：%2 を読み込めません（%3）。</translation>
    </message>
    <message>
        <source>ledger claim --input DOSES.csv --hours HOURS.json --claim-month YYYY-MM  (- reads standard input; prints the claim counts of the month before the claim month for billing --input -)</source>
        <translation>ledger claim --input 接種台帳.csv --hours 診療時間.json --claim-month YYYY-MM  （- で標準入力から読み込み。請求月の前月の請求件数を billing --input - 用に出力）</translation>
    </message>
    <message>
        <source>the subcommand is claim: ledger claim --input DOSES.csv --hours HOURS.json --claim-month YYYY-MM.</source>
        <translation>サブコマンドは claim です：ledger claim --input 接種台帳.csv --hours 診療時間.json --claim-month YYYY-MM</translation>
    </message>
    <message>
        <source>use ledger claim --input DOSES.csv --hours HOURS.json --claim-month YYYY-MM (--input - reads standard input).</source>
        <translation>ledger claim --input 接種台帳.csv --hours 診療時間.json --claim-month YYYY-MM の形で指定してください（--input - で標準入力から読み込みます）。</translation>
    </message>
    <message>
        <source>--claim-month: give the claim month as YYYY-MM, e.g. 2022-04.</source>
        <translation>--claim-month：請求月を YYYY-MM の形式で指定してください（例：2022-04）。</translation>
    </message>
    <message>
        <source>only one of --input and --hours can read standard input.</source>
        <translation>標準入力から読み込めるのは --input と --hours のどちらか一方だけです。</translation>
    </message>
    <message>
        <source>--hours %1: %2</source>
        <translation>--hours %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 on an old-format screening form counted as regular; their %5 addition is claimed separately.</source>
        <translation>%1 %2 %3：旧様式の予診票の%4を通常として計上しました。%5加算は別途請求してください。</translation>
    </message>
</context>
<context>
    <name>LedgerCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>administered_at: give the date and time as YYYY-MM-DDTHH:MM (Japan time); "%1" was read.</source>
        <translation>administered_at：日時は YYYY-MM-DDTHH:MM（日本時間）の形式で入力してください（読み取った値：「%1」）。</translation>
    </message>
    <message>
        <source>kind: give vaccination or screening_only; "%1" was read.</source>
        <translation>kind：vaccination か screening_only を入力してください（読み取った値：「%1」）。</translation>
    </message>
    <message>
        <source>age: give 6plus or under6; "%1" was read.</source>
        <translation>age：6plus か under6 を入力してください（読み取った値：「%1」）。</translation>
    </message>
    <message>
        <source>form: give new or old; "%1" was read.</source>
        <translation>form：new か old を入力してください（読み取った値：「%1」）。</translation>
    </message>
    <message>
        <source>sheet: give %1; "%2" was read.</source>
        <translation>sheet：%1 のいずれかを入力してください（読み取った値：「%2」）。</translation>
    </message>
    <message>
        <source>Line 1: the header must start with %1 (then optionally form, sheet, vaccine).</source>
        <translation>1行目：見出し行は %1 で始めてください（その後に form、sheet、vaccine を続けられます）。</translation>
    </message>
    <message>
        <source>Line 1: column "%1" is unknown or repeated; the columns are %2.</source>
        <translation>1行目：列「%1」は不明な列か重複した列です。使える列は %2 です。</translation>
    </message>
    <message>
        <source>The file has more than %1 lines; split it by day.</source>
        <translation>ファイルが%1行を超えています。日ごとに分けてください。</translation>
    </message>
    <message>
        <source>Line %1: expected %2 comma-separated fields as in the header.</source>
        <translation>%1行目：見出し行と同じく、カンマ区切りで%2項目が必要です。</translation>
    </message>
    <message>
        <source>Line %1: ticket %2 was already used for a vaccination on line %3.</source>
        <translation>%1行目：接種券 %2 は%3行目ですでに接種に使われています。</translation>
    </message>
</context>
<context>
    <name>LedgerWorkbook</name>
    <message>
        <source>Could not save the Excel file %1. Choose a folder you can write to and try again.</source>
        <translation>Excelファイル %1 を保存できませんでした。書き込みできるフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Old format</source>
        <translation>旧様式</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>新様式</translation>
    </message>
    <message>
        <source>Ticket details printed</source>
        <translation>接種券情報が印刷された予診票</translation>
    </message>
    <message>
        <source>Ticket attached</source>
        <translation>接種券貼付</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>接種日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>接種券番号</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>市町村コード</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Time band</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Screening form</source>
        <translation>予診票</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>接種券</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ワクチン</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力者</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>入力日時</translation>
    </message>
    <message>
        <source>Screening form type</source>
        <translation>予診票の種類</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>接種台帳</translation>
    </message>
    <message>
        <source>Old-format surcharges</source>
        <translation>旧様式の加算（別掲）</translation>
    </message>
</context>
<context>
    <name>LocalBackups</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>バックアップのフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the old backup %1.</source>
        <translation>古いバックアップ %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>The restore was not done; the data on this computer is unchanged. %1</source>
        <translation>復元できませんでした。このコンピューターのデータは変わっていません。%1</translation>
    </message>
</context>
<context>
    <name>LocalDoseLedger</name>
    <message>
        <source>The row to correct is not in this venue's dose ledger. Please sync and try again.</source>
        <translation>訂正する行がこの接種会場の接種台帳にありません。同期してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This vaccination ticket was already used for a vaccination on %1 at %2 (desk %3).</source>
        <translation>この接種券は%1 %2に接種済みです（受付：%3）。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to V-SYS</source>
        <translation>V-SYSにログイン</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>接続先URL</translation>
    </message>
    <message>
        <source>V-SYS ID ※</source>
        <translation>V-SYS ID ※</translation>
    </message>
    <message>
        <source>Password ※</source>
        <translation>パスワード ※</translation>
    </message>
    <message>
        <source>Remember the password on this computer (stored in the OS keychain)</source>
        <translation>このパソコンにパスワードを保存する（OSの資格情報ストアに保存されます）</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The local database was saved by a newer version of VSYS Desk (schema version %1; this version knows up to %2). Please update VSYS Desk to the latest version.</source>
        <translation>ローカルデータベースは新しいバージョンの VSYS Desk で保存されています（スキーマバージョン %1。このバージョンは %2 までに対応しています）。VSYS Desk を最新版に更新してください。</translation>
    </message>
    <message>
        <source>Could not read the schema version of the local database (%1): %2</source>
        <translation>ローカルデータベースのスキーマバージョンを読み取れませんでした（%1）：%2</translation>
    </message>
    <message>
        <source>The database migration %1 is not named NNNN_description.sql.</source>
        <translation>データベースの移行ファイル %1 の名前が NNNN_description.sql の形式ではありません。</translation>
    </message>
    <message>
        <source>No database migrations were found in %1.</source>
        <translation>%1 にデータベースの移行ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>The database migrations are not numbered 0001, 0002, ... without gaps: %1 is out of place.</source>
        <translation>データベースの移行ファイルの番号が 0001、0002、… と連続していません：%1 の位置が正しくありません。</translation>
    </message>
    <message>
        <source>Could not update the local database with %1: %2</source>
        <translation>ローカルデータベースを更新できませんでした（%1）：%2</translation>
    </message>
</context>
<context>
    <name>MonthlyClaim</name>
    <message>
        <source>%1: there is no such key here; check its spelling.</source>
        <translation>%1：このキーは使えません。綴りをご確認ください。</translation>
    </message>
    <message>
        <source>%1: write the month as YYYY-MM, e.g. 2022-01.</source>
        <translation>%1：月は YYYY-MM の形式（例：2022-01）で指定してください。</translation>
    </message>
    <message>
        <source>%1: give this as a text string ("" when there is nothing to enter).</source>
        <translation>%1：文字列で指定してください（何もない場合は ""）。</translation>
    </message>
    <message>
        <source>%1: give the 6-digit municipality code as a string, e.g. "131016".</source>
        <translation>%1：6桁の市町村コードを文字列で指定してください（例："131016"）。</translation>
    </message>
    <message>
        <source>%1: give a JSON object here.</source>
        <translation>%1：JSONオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>%1: give a list, [] when it is empty.</source>
        <translation>%1：配列で指定してください（空の場合は []）。</translation>
    </message>
    <message>
        <source>%1: use "attached" or "printed".</source>
        <translation>%1："attached"（接種券貼付あり）または "printed"（接種券貼付なし）を指定してください。</translation>
    </message>
    <message>
        <source>%1: use "vaccination" or "screening_only".</source>
        <translation>%1："vaccination"（接種）または "screening_only"（予診のみ）を指定してください。</translation>
    </message>
    <message>
        <source>%1: use "6plus" or "under6".</source>
        <translation>%1："6plus"（6歳以上）または "under6"（6歳未満）を指定してください。</translation>
    </message>
    <message>
        <source>%1: use "regular", "after_hours" or "holiday".</source>
        <translation>%1："regular"（通常）、"after_hours"（時間外）または "holiday"（休日）を指定してください。</translation>
    </message>
    <message>
        <source>%1: give the count as a whole number of 0 or more.</source>
        <translation>%1：件数は0以上の整数で指定してください。</translation>
    </message>
    <message>
        <source>%1: %2 already gives this sheet, municipality and row; enter each once.</source>
        <translation>%1：同じ予診票の種類・市区町村・行が%2にもあります。1つにまとめて入力してください。</translation>
    </message>
</context>
<context>
    <name>MunicipalityClaimDocument</name>
    <message>
        <source>%1 without coupon / %2 with coupon</source>
        <translation>%1 クーポン券なし ／ %2 クーポン券あり</translation>
    </message>
    <message>
        <source>Recipient category</source>
        <translation>被接種者区分</translation>
    </message>
    <message>
        <source>Facility category</source>
        <translation>施設等区分</translation>
    </message>
    <message>
        <source>Medical institution number (10 digits)</source>
        <translation>医療機関等番号（10桁）</translation>
    </message>
    <message>
        <source>Name of the medical institution</source>
        <translation>医療機関等名称</translation>
    </message>
    <message>
        <source>Municipality number %1</source>
        <translation>市区町村番号 %1</translation>
    </message>
    <message>
        <source>COVID-19 vaccination fees: claim per municipality</source>
        <translation>コロナワクチン接種費等 市区町村別請求書</translation>
    </message>
    <message>
        <source>To the mayor of %1</source>
        <translation>%1長 様</translation>
    </message>
    <message>
        <source>Venue's own municipality</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>* Check when the medical institution is located in the municipality billed</source>
        <translation>※医療機関等の所在地と請求先が同じ市区町村の場合はチェック</translation>
    </message>
</context>
<context>
    <name>MunicipalityCode</name>
    <message>
        <source>Municipality code</source>
        <translation>市町村コード</translation>
    </message>
    <message>
        <source>%1: enter the 6-digit code.</source>
        <translation>%1：6桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>%1: enter all 6 digits, including the check digit. Did you mean %2?</source>
        <translation>%1：検査数字を含めて6桁で入力してください。%2 ではありませんか。</translation>
    </message>
    <message>
        <source>%1: the check digit (6th digit) is not correct. Did you mean %2?</source>
        <translation>%1：検査数字（6桁目）が正しくありません。%2 ではありませんか。</translation>
    </message>
</context>
<context>
    <name>MunicipalityDirectory</name>
    <message>
        <source>line 1: the header must be "%1".</source>
        <translation>1行目：見出し行は「%1」としてください。</translation>
    </message>
    <message>
        <source>line %1: expected 5 comma-separated fields, found %2.</source>
        <translation>%1行目：カンマ区切りで5項目が必要ですが、%2項目あります。</translation>
    </message>
    <message>
        <source>line %1: the code "%2" is not 6 digits.</source>
        <translation>%1行目：コード「%2」が6桁の数字ではありません。</translation>
    </message>
    <message>
        <source>line %1: the prefecture code "%2" does not match the code %3.</source>
        <translation>%1行目：都道府県コード「%2」がコード %3 の先頭2桁と一致しません。</translation>
    </message>
    <message>
        <source>line %1: the prefecture, the name and the kana must all be given.</source>
        <translation>%1行目：都道府県名・市区町村名・カナをすべて記入してください。</translation>
    </message>
    <message>
        <source>line %1: the code %2 is out of order or listed twice.</source>
        <translation>%1行目：コード %2 がコード順に並んでいないか、重複しています。</translation>
    </message>
    <message>
        <source>%1: %2 is not in the list of local government codes.</source>
        <translation>%1：%2 は全国地方公共団体コードの一覧にありません。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is a prefecture. Enter the municipality instead.</source>
        <translation>%1：%2（%3）は都道府県のコードです。市区町村のコードを入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is a ward of a designated city, which pays its residents' claims. Enter %4 (%5) instead.</source>
        <translation>%1：%2（%3）は政令指定都市の区です。請求先は市になりますので、%4（%5）を入力してください。</translation>
    </message>
</context>
<context>
    <name>NaviAdmin</name>
    <message>
        <source>--page: give a page number, 1 for the first.</source>
        <translation>--page：ページ番号を指定してください（1が最初のページです）。</translation>
    </message>
    <message>
        <source>--page: give a number from 1 to %1.</source>
        <translation>--page：1から%1までの番号を指定してください。</translation>
    </message>
    <message>
        <source>navi-municipality: give accept or refuse, then the municipality code.</source>
        <translation>navi-municipality：accept または refuse に続けて、市区町村コードを指定してください。</translation>
    </message>
    <message>
        <source>--status: give received or shipped.</source>
        <translation>--status：received（受付済み）または shipped（発送済み）を指定してください。</translation>
    </message>
    <message>
        <source>--out: could not create %1 (it must not exist yet): %2</source>
        <translation>--out：%1 を作成できませんでした（まだ存在しないファイルを指定してください）：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>navi-ship: give the receipt numbers (受付番号) of the applications.</source>
        <translation>navi-ship：申請の受付番号を指定してください。</translation>
    </message>
    <message>
        <source>navi-*: the municipality code (6 digits, check digit included).</source>
        <translation>navi-*：市区町村コード（検査数字を含む6桁）。</translation>
    </message>
    <message>
        <source>navi-applications, navi-export: only received or only shipped applications.</source>
        <translation>navi-applications、navi-export：受付済み（received）または発送済み（shipped）の申請だけにします。</translation>
    </message>
    <message>
        <source>navi-export: the CSV file to create (it must not exist yet).</source>
        <translation>navi-export：作成するCSVファイル（まだ存在しないファイル）。</translation>
    </message>
    <message>
        <source>navi-purge: only count what would be deleted.</source>
        <translation>navi-purge：削除せず、削除される件数だけを数えます。</translation>
    </message>
    <message>
        <source>Days an online ticket application is kept after it was marked shipped (default %1).</source>
        <translation>接種券発行申請を発送済みにしてから保存する日数（既定 %1）。</translation>
    </message>
    <message>
        <source>Days an online ticket application that was never shipped is kept after it was received (default %1).</source>
        <translation>発送済みにならなかった接種券発行申請を受付から保存する日数（既定 %1）。</translation>
    </message>
    <message>
        <source>--%1: give a number of days from 1 to %2.</source>
        <translation>--%1：1から%2までの日数を指定してください。</translation>
    </message>
    <message>
        <source>  navi-municipalities [--page N]
  navi-municipality accept|refuse CODE
  navi-applications --municipality CODE [--status received|shipped] [--page N]
  navi-export --municipality CODE --out FILE.csv [--status received|shipped]
  navi-ship --municipality CODE RECEIPT...
  navi-purge [--dry-run] [--navi-keep-shipped-days DAYS] [--navi-keep-received-days DAYS]
</source>
        <translation>  navi-municipalities [--page N]
  navi-municipality accept|refuse 市区町村コード
  navi-applications --municipality 市区町村コード [--status received|shipped] [--page N]
  navi-export --municipality 市区町村コード --out ファイル.csv [--status received|shipped]
  navi-ship --municipality 市区町村コード 受付番号...
  navi-purge [--dry-run] [--navi-keep-shipped-days 日数] [--navi-keep-received-days 日数]
</translation>
    </message>
</context>
<context>
    <name>NaviAdminService</name>
    <message>
        <source>%1: %2 is neither a municipality nor a union of the online application.</source>
        <translation>%1：%2 はオンライン申請の市町村・広域連合ではありません。</translation>
    </message>
    <message>
        <source>Page: give a number from 1 to %1.</source>
        <translation>ページ：1から%1までの番号を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not an application to %2. Nothing was marked as shipped.</source>
        <translation>%1 は %2 への申請ではありません。発送済みにした申請はありません。</translation>
    </message>
</context>
<context>
    <name>NaviApplicationService</name>
    <message>
        <source>%1 is not a municipality code (6 digits, as 131032).</source>
        <translation>%1 は市区町村コードではありません（131032 のような6桁で入力してください）。</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message>
        <source>Download the delegation letters (%1)</source>
        <translation>委任状のダウンロード（%1）</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>%1発行</translation>
    </message>
    <message>
        <source>Plan change deadline for %1</source>
        <translation>%1の計画変更締切</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1まで</translation>
    </message>
    <message>
        <source>Performance report (vaccinations from %1)</source>
        <translation>接種実績・廃棄の報告（%1接種分から）</translation>
    </message>
    <message>
        <source>Claim for the vaccinations of %1 (claim month %2)</source>
        <translation>%1接種分の請求（%2請求分）</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>Venue name: please enter the name of the venue.</source>
        <translation>接種会場名称：接種会場の名称を入力してください。</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>パスワード：%1文字以上にしてください。</translation>
    </message>
    <message>
        <source>V-SYS ID: enter the 10-digit number, for example 1310000017.</source>
        <translation>V-SYS ID：10桁の数字を入力してください（例：1310000017）。</translation>
    </message>
    <message>
        <source>V-SYS ID: %1 is already in use. Please choose another number.</source>
        <translation>V-SYS ID：%1 はすでに使われています。別の番号にしてください。</translation>
    </message>
    <message>
        <source>File: %1 is not a PDF file. Please choose the delegation (委任状) PDF.</source>
        <translation>ファイル：%1 はPDFファイルではありません。委任状のPDFを選んでください。</translation>
    </message>
    <message>
        <source>File: %1 is larger than 10 MB. Please make the PDF smaller.</source>
        <translation>ファイル：%1 は10MBを超えています。PDFを小さくしてください。</translation>
    </message>
    <message>
        <source>クール: the number must be 1 or more.</source>
        <translation>クール：番号は1以上にしてください。</translation>
    </message>
    <message>
        <source>クール: enter the start and end dates as YYYY-MM-DD, the end not before the start.</source>
        <translation>クール：開始日と終了日を YYYY-MM-DD で入力し、終了日は開始日以降にしてください。</translation>
    </message>
    <message>
        <source>Delivery week: enter the Monday of the delivery week as YYYY-MM-DD.</source>
        <translation>配送週：配送週の月曜日を YYYY-MM-DD で入力してください。</translation>
    </message>
    <message>
        <source>Deadline: enter the plan change deadline as YYYY-MM-DDTHH:MM (Japan time) or with an offset, for example 2022-03-08T15:00+09:00.</source>
        <translation>締切：計画変更の締切を YYYY-MM-DDTHH:MM（日本時間）または時差付き（例：2022-03-08T15:00+09:00）で入力してください。</translation>
    </message>
    <message>
        <source>クール %1 does not exist.</source>
        <translation>クール %1 はありません。</translation>
    </message>
    <message>
        <source>Venue %1 does not exist. Please check the venue id (UUID).</source>
        <translation>接種会場 %1 はありません。接種会場のID（UUID）を確認してください。</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Could not add the change to the outbox in the local database: %1</source>
        <translation>変更をローカルデータベースの送信待ちに追加できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the outbox from the local database: %1</source>
        <translation>ローカルデータベースから送信待ちの変更を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The change %1 in the outbox is no longer waiting to be sent.</source>
        <translation>送信待ちの変更 %1 は、すでに送信待ちではありません。</translation>
    </message>
    <message>
        <source>Could not update the outbox in the local database: %1</source>
        <translation>ローカルデータベースの送信待ちの変更を更新できませんでした：%1</translation>
    </message>
    <message>
        <source>The local database holds an unreadable change %1 in the outbox.</source>
        <translation>ローカルデータベースの送信待ちの変更 %1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>PageDraftStore</name>
    <message>
        <source>the report</source>
        <translation>実績・廃棄の報告</translation>
    </message>
    <message>
        <source>the inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Could not read the input of %1 from the local database: %2</source>
        <translation>ローカルデータベースから%1の入力を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Could not autosave the input of %1 to the local database: %2</source>
        <translation>%1の入力をローカルデータベースに自動保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Could not delete the input of %1 from the local database: %2</source>
        <translation>ローカルデータベースから%1の入力を削除できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password cannot be protected: libsodium could not be initialised.</source>
        <translation>パスワードを保護できません：libsodiumを初期化できませんでした。</translation>
    </message>
    <message>
        <source>The password cannot be protected: not enough memory for Argon2id.</source>
        <translation>パスワードを保護できません：Argon2idに必要なメモリーが足りません。</translation>
    </message>
    <message>
        <source>The password cannot be protected now: the server is busy. Please try again.</source>
        <translation>パスワードを今は保護できません：サーバーが混み合っています。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Could not save the PDF file %1. Choose a folder you can write to and try again.</source>
        <translation>PDFファイル「%1」を保存できませんでした。書き込みできるフォルダーを選んで、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>%1: enter the telephone number as 10 or 11 digits.</source>
        <translation>%1：電話番号は10桁または11桁の数字で入力してください。</translation>
    </message>
    <message>
        <source>%1: enter the number from its leading 0, including the area code.</source>
        <translation>%1：市外局番の「0」から入力してください。</translation>
    </message>
    <message>
        <source>%1: a number starting with %2 has %3 digits (you entered %4).</source>
        <translation>%1：%2で始まる電話番号は%3桁で入力してください（入力されたのは%4桁です）。</translation>
    </message>
    <message>
        <source>%1: enter 10 digits, including the area code (you entered %2).</source>
        <translation>%1：市外局番を含めて10桁で入力してください（入力されたのは%2桁です）。</translation>
    </message>
    <message>
        <source>%1: 010 and 00 are dialled before a number (international calls, carrier choice). Enter the number itself, starting with its area code.</source>
        <translation>%1：010や00で始まる番号は国際電話・電話会社の選択のために番号の前に付けるものです。電話番号そのものを市外局番から入力してください。</translation>
    </message>
</context>
<context>
    <name>PlanChange</name>
    <message>
        <source>クール %1 is not in the calendar. Please receive the latest calendar and register the plan again.</source>
        <translation>第%1クールはクールの予定にありません。最新のクール情報を受信してから、もう一度登録してください。</translation>
    </message>
    <message>
        <source>%1 is in the plan twice. Send each クール's row once.</source>
        <translation>%1の行が2回あります。クールごとに1行だけ送ってください。</translation>
    </message>
    <message numerus="yes">
        <source>A change above the %n vaccine box(es) of the first registration needs the national government's confirmation. Please send it with "Request the government's confirmation".</source>
        <translation>
            <numerusform>初回登録時の総ワクチン箱数（%n箱）を超える計画変更には国の確認が必要です。「国の確認を依頼する」で送信してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>plan --boxes N,N,... [--needle-boxes N,N,...]  (vaccine boxes per クール; needle boxes may only lower the fill)</source>
        <translation>plan --boxes N,N,... [--needle-boxes N,N,...]  （クールごとのワクチン箱数。針・シリンジの箱数は自動入力値から減らすことのみ可能）</translation>
    </message>
    <message>
        <source>use --boxes N,N,... with one number per クール.</source>
        <translation>--boxes N,N,... でクールごとの箱数を指定してください。</translation>
    </message>
    <message>
        <source>--boxes is required, e.g. --boxes 4,3,2,3,0.</source>
        <translation>--boxes を指定してください（例：--boxes 4,3,2,3,0）。</translation>
    </message>
    <message>
        <source>--boxes: give whole numbers separated by commas, e.g. 4,3,2,3,0.</source>
        <translation>--boxes：箱数は整数をカンマ区切りで指定してください（例：4,3,2,3,0）。</translation>
    </message>
    <message>
        <source>--needle-boxes: give one whole number per クール, as many as --boxes.</source>
        <translation>--needle-boxes：クールごとに整数を1つずつ、--boxes と同じ数だけ指定してください。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1行目</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Vaccination period</source>
        <translation>接種期間</translation>
    </message>
    <message>
        <source>Plan change batch</source>
        <translation>計画変更バッチ</translation>
    </message>
    <message>
        <source>Planned vaccine</source>
        <translation>接種計画量</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>分配実績</translation>
    </message>
    <message>
        <source>Needles and syringes needed</source>
        <translation>接種用針・シリンジの必要数量</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>箱数</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>回接種分</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>本数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(undecided)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>可</translation>
    </message>
    <message>
        <source>Needs the government's confirmation</source>
        <translation>要国確認</translation>
    </message>
    <message>
        <source>(not registered yet)</source>
        <translation>（未登録）</translation>
    </message>
    <message>
        <source>At the first registration</source>
        <translation>初回登録時</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <source>Total of the vaccination plan</source>
        <translation>接種計画量の合計</translation>
    </message>
    <message>
        <source>Waiting for the confirmation</source>
        <translation>国の確認待ち</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>国の確認済み</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>国の確認が得られませんでした</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Requested total</source>
        <translation>依頼した合計</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>The national government's confirmation</source>
        <translation>国の確認</translation>
    </message>
    <message>
        <source>Vaccination plan (company copy)</source>
        <translation>接種計画（控）</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>接種会場名称</translation>
    </message>
    <message>
        <source>V-SYS ID</source>
        <translation>V-SYS ID</translation>
    </message>
    <message>
        <source>Last registered at</source>
        <translation>最終登録日時</translation>
    </message>
    <message>
        <source>This copy includes changes that are not registered yet.</source>
        <translation>この控には、まだ登録されていない変更が含まれています。</translation>
    </message>
    <message>
        <source>Rows marked "Locked" can no longer be registered or changed (past periods, including those whose allocation is final).</source>
        <translation>変更欄が「不可」の行は、登録・変更できません（分配量確定済みを含む過去分）。</translation>
    </message>
    <message>
        <source>* A change of the plan above the total vaccine boxes of the first registration needs the national government's confirmation.</source>
        <translation>※初期登録時の総ワクチン箱数を超過する計画変更を行う場合には、国の確認が必要です。</translation>
    </message>
    <message>
        <source>Printed at %1</source>
        <translation>印刷日時：%1</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <source>%1: give a whole number.</source>
        <translation>%1：整数で指定してください。</translation>
    </message>
    <message>
        <source>%1: give a time such as 2022-03-01T01:00:00.000Z, or null.</source>
        <translation>%1：2022-03-01T01:00:00.000Z のような日時か null を指定してください。</translation>
    </message>
    <message>
        <source>%1: give an object, or null.</source>
        <translation>%1：オブジェクトか null を指定してください。</translation>
    </message>
    <message>
        <source>%1: give the rows as a list.</source>
        <translation>%1：行のリストで指定してください。</translation>
    </message>
    <message>
        <source>%1: give the row as an object with cool_id, vaccine_boxes and needle_boxes.</source>
        <translation>%1：行は cool_id、vaccine_boxes、needle_boxes を持つオブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>%1: give pending, approved or denied.</source>
        <translation>%1：pending、approved、denied のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation>PDFに出力...</translation>
    </message>
    <message>
        <source>Register the planned amount of vaccine.</source>
        <translation>ワクチンの接種計画量を登録してください。</translation>
    </message>
    <message>
        <source>(The needles and syringes needed for the vaccination are filled in automatically. Correct them if necessary.)</source>
        <translation>（接種に必要な針・シリンジの数量は自動入力されます。必要に応じて修正してください。）</translation>
    </message>
    <message>
        <source>Past periods (including those whose allocation is final) are shown in grey and cannot be registered or changed.</source>
        <translation>過去分（分配量確定済み含む）についてはグレー表示になり、登録、変更できません</translation>
    </message>
    <message>
        <source>* A change of the plan above the total vaccine boxes of the first registration needs the national government's confirmation.</source>
        <translation>※初期登録時の総ワクチン箱数を超過する計画変更を行う場合には、国の確認が必要です。</translation>
    </message>
    <message>
        <source>Total of the vaccination plan</source>
        <translation>接種計画量の合計</translation>
    </message>
    <message>
        <source>At the first registration</source>
        <translation>初回登録時</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <source>Needs the government's confirmation</source>
        <translation>要国確認</translation>
    </message>
    <message>
        <source>Register/change</source>
        <translation>登録/変更する</translation>
    </message>
</context>
<context>
    <name>PlanQuantities</name>
    <message>
        <source>%1 box(es)</source>
        <translation>%1箱</translation>
    </message>
    <message>
        <source>%1 doses</source>
        <translation>%1回接種分</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1本</translation>
    </message>
</context>
<context>
    <name>PlanReviewService</name>
    <message>
        <source>Comment: write why the plan change is not confirmed; the venue will see it.</source>
        <translation>コメント：計画変更を確認しない理由を書いてください（接種会場に表示されます）。</translation>
    </message>
    <message>
        <source>Venue %1 has no plan change waiting for the government's confirmation.</source>
        <translation>接種会場 %1 には国の確認を待っている計画変更はありません。</translation>
    </message>
</context>
<context>
    <name>PlanRoutes</name>
    <message>
        <source>request_approval: give true to ask for the government's confirmation, otherwise false.</source>
        <translation>request_approval：国の確認を依頼するときは true、そうでなければ false を指定してください。</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>The vaccination plan was changed elsewhere in the meantime (version %1 on the server). Please compare your entries with the server's plan and register again.</source>
        <translation>接種計画は別の場所で変更されています（サーバーの版は%1です）。入力内容をサーバーの計画と比べてから、もう一度登録してください。</translation>
    </message>
</context>
<context>
    <name>PlanSettings</name>
    <message>
        <source>Plan settings: the file is not valid JSON (%1).</source>
        <translation>接種計画の設定：ファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>%1: a vaccine needs an id and positive doses_per_box and vials_per_box.</source>
        <translation>%1：ワクチンには id と、正の整数の doses_per_box・vials_per_box が必要です。</translation>
    </message>
    <message>
        <source>vaccines: at least one vaccine is needed.</source>
        <translation>vaccines：ワクチンを1件以上設定してください。</translation>
    </message>
    <message>
        <source>default_vaccine: "%1" is not in vaccines.</source>
        <translation>default_vaccine：「%1」は vaccines にありません。</translation>
    </message>
    <message>
        <source>needle_syringe.units_per_box: enter a positive whole number.</source>
        <translation>needle_syringe.units_per_box：正の整数を設定してください。</translation>
    </message>
    <message>
        <source>needle_syringe.fill: use {"method":"spare_percent","percent":N} or {"method":"draws_per_vial","draws":N}.</source>
        <translation>needle_syringe.fill：{"method":"spare_percent","percent":N} または {"method":"draws_per_vial","draws":N} の形式で設定してください。</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Could not read the vaccination plan from the local database: %1</source>
        <translation>ローカルデータベースから接種計画を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The vaccination plan stored on this computer cannot be read (%1). It is replaced by the server's plan at the next login.</source>
        <translation>このコンピューターに保存された接種計画を読み取れません（%1）。次回のログイン時にサーバーの接種計画で置き換えられます。</translation>
    </message>
    <message>
        <source>Could not save the vaccination plan to the local database: %1</source>
        <translation>接種計画をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the plan input from the local database: %1</source>
        <translation>ローカルデータベースから接種計画の入力内容を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The plan input saved on this computer cannot be read (%1). Please enter the plan again.</source>
        <translation>このコンピューターに保存された接種計画の入力内容を読み取れません（%1）。お手数ですが、計画をもう一度入力してください。</translation>
    </message>
    <message>
        <source>Could not autosave the plan input to the local database: %1</source>
        <translation>接種計画の入力内容をローカルデータベースに自動保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not delete the plan input from the local database: %1</source>
        <translation>ローカルデータベースから接種計画の入力内容を削除できませんでした：%1</translation>
    </message>
    <message>
        <source>The cool calendar stored on this computer cannot be read (cool %1). Please contact the support desk.</source>
        <translation>このコンピューターに保存されたクールの予定を読み取れません（第%1クール）。サポート窓口にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(undecided)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>Waiting for the government's confirmation: a plan of %1 in total was requested on %2.</source>
        <translation>国の確認待ち：合計%1の計画を%2に依頼しています。</translation>
    </message>
    <message>
        <source>Confirmed by the government: the plan of %1 in total became the plan on %2.</source>
        <translation>国の確認済み：合計%1の計画が承認され、%2に現在の計画になりました。</translation>
    </message>
    <message>
        <source>Not confirmed by the government (%2): the plan of %1 in total was not accepted, and the plan stays as it was.</source>
        <translation>国の確認が得られませんでした（%2）：合計%1の計画変更は認められず、計画は変更前のままです。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
    <message>
        <source>%1, delivery on %2/%3</source>
        <translation>%1%2/%3配送予定</translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>%1: enter 7 digits, as 100-0001 or 1000001.</source>
        <translation>%1：7桁の数字を「100-0001」または「1000001」の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>PrintoutWorker</name>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Venue id</source>
        <translation>接種会場ID</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>接種会場</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>報告ID</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>対象ワクチンの種類</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Wasted doses</source>
        <translation>廃棄（回接種分）</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>訂正の理由</translation>
    </message>
    <message>
        <source>Reported by (V-SYS ID)</source>
        <translation>登録者（V-SYS ID）</translation>
    </message>
    <message>
        <source>Reported at (Japan time)</source>
        <translation>登録日時（日本時間）</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>A report stored on this computer cannot be read (%1). Please contact the support desk.</source>
        <translation>このパソコンに保存された報告を読み込めません（%1）。サポート窓口にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>id: the report's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>id：報告のIDは 0f8fad5b-d9cb-469f-a165-70867728950e のような小文字のUUIDで指定してください。</translation>
    </message>
    <message>
        <source>as_of: give the day the totals are counted to as YYYY-MM-DD.</source>
        <translation>as_of：累計の基準日を YYYY-MM-DD の形式で指定してください。</translation>
    </message>
    <message>
        <source>correction_reason: give the reason for the correction as text, or null.</source>
        <translation>correction_reason：訂正の理由を文字列または null で指定してください。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Target medical institution / venue</source>
        <translation>対象医療機関・接種会場</translation>
    </message>
    <message>
        <source>Type of vaccine</source>
        <translation>対象ワクチンの種類</translation>
    </message>
    <message>
        <source>Report of vaccinations given (third doses) and more</source>
        <translation>追加接種（3回目接種）の接種実績等の報告</translation>
    </message>
    <message>
        <source>&lt;b&gt;New totals&lt;/b&gt;</source>
        <translation>&lt;b&gt;新しい累計&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Third doses given (cumulative)</source>
        <translation>3回目接種実績（累計）</translation>
    </message>
    <message>
        <source>doses</source>
        <translation>回</translation>
    </message>
    <message>
        <source>+</source>
        <translation>＋</translation>
    </message>
    <message>
        <source>For the first and second doses given, click + and enter them.</source>
        <translation>1・2回目接種実績については＋をクリックしてご入力ください</translation>
    </message>
    <message>
        <source>First doses given (cumulative)</source>
        <translation>1回目接種実績（累計）</translation>
    </message>
    <message>
        <source>Second doses given (cumulative)</source>
        <translation>2回目接種実績（累計）</translation>
    </message>
    <message>
        <source>Report of discarded vaccine</source>
        <translation>廃棄数の報告</translation>
    </message>
    <message>
        <source>Vials discarded unused (cumulative)</source>
        <translation>未使用のまま廃棄したバイアル本数（累計）</translation>
    </message>
    <message>
        <source>vials</source>
        <translation>本</translation>
    </message>
    <message>
        <source>Count the vials thrown away unopened (for example past their usable period) and the vials opened but not used for a single dose. A vial used for at least one dose is not wasted.</source>
        <translation>未開封のまま廃棄したバイアル（使用期限切れなど）と、開封したが1回も使用しなかったバイアルの本数です。1回でも使用したバイアルは含めません。</translation>
    </message>
    <message>
        <source>Reason for the correction *</source>
        <translation>訂正の理由 ※</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports made&lt;/b&gt;</source>
        <translation>&lt;b&gt;報告の履歴&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Discard the refused report</source>
        <translation>エラーの報告を破棄</translation>
    </message>
</context>
<context>
    <name>ReportRules</name>
    <message>
        <source>Third doses given (cumulative)</source>
        <translation>3回目接種実績（累計）</translation>
    </message>
    <message>
        <source>First doses given (cumulative)</source>
        <translation>1回目接種実績（累計）</translation>
    </message>
    <message>
        <source>Second doses given (cumulative)</source>
        <translation>2回目接種実績（累計）</translation>
    </message>
    <message>
        <source>Vials discarded unused (cumulative)</source>
        <translation>未使用のまま廃棄したバイアル本数（累計）</translation>
    </message>
    <message>
        <source>%1: enter a whole number from 0 to %2.</source>
        <translation>%1：0から%2までの整数で入力してください。</translation>
    </message>
    <message>
        <source>The day of the totals must lie between %1 and today (%2).</source>
        <translation>累計の基準日は%1から本日（%2）までの日付にしてください。</translation>
    </message>
    <message>
        <source>Reason for the correction: at most %1 characters (now %2).</source>
        <translation>訂正の理由：%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Reason for the correction: %1</source>
        <translation>訂正の理由：%1</translation>
    </message>
    <message>
        <source>%1: %2 is less than the %3 of the last report (as of %4). A total only goes down to correct a mistake: enter the reason for the correction.</source>
        <translation>%1：%2は前回の報告（%4時点）の%3より少なくなっています。累計が減るのは誤りを訂正する場合だけです。訂正の理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report was not found. It may belong to another venue.</source>
        <translation>報告が見つかりません。別の接種会場の報告の可能性があります。</translation>
    </message>
    <message>
        <source>id: a report with this id was already made. Send a new report with a new id.</source>
        <translation>id：このIDの報告は既に登録されています。新しいIDで報告してください。</translation>
    </message>
    <message>
        <source>This venue has already made %1 reports, the most the server keeps. Please contact the support desk.</source>
        <translation>この接種会場の報告は既に%1件あり、サーバーに保存できる上限に達しています。サポート窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>after: give the "next" value of the previous page unchanged, or leave it out for the first page.</source>
        <translation>after: 前のページの「next」の値をそのまま指定してください（最初のページでは指定しません）。</translation>
    </message>
    <message>
        <source>There is no venue %1.</source>
        <translation>接種会場 %1 はありません。</translation>
    </message>
    <message>
        <source>Page: give a number from 1 to %1.</source>
        <translation>ページ：1から%1までの番号を指定してください。</translation>
    </message>
</context>
<context>
    <name>ReservationStateJson</name>
    <message>
        <source>The time of the booking reception status change is not a valid time.</source>
        <translation>予約受付状態の変更日時が正しい日時ではありません。</translation>
    </message>
    <message>
        <source>Booking reception status: choose one of available, few_left, not_accepting, not_required or unregistered.</source>
        <translation>予約受付状態：available、few_left、not_accepting、not_required、unregistered のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>ReservationStatusService</name>
    <message>
        <source>There is no venue %1.</source>
        <translation>接種会場 %1 はありません。</translation>
    </message>
    <message>
        <source>Page: give a number from 1 to %1.</source>
        <translation>ページ：1から%1までの番号を指定してください。</translation>
    </message>
</context>
<context>
    <name>ReservationStatusText</name>
    <message>
        <source>Bookable</source>
        <translation>予約可能</translation>
    </message>
    <message>
        <source>Few left</source>
        <translation>残り少数</translation>
    </message>
    <message>
        <source>Not accepting bookings</source>
        <translation>予約受付不可</translation>
    </message>
    <message>
        <source>No booking needed</source>
        <translation>予約不要</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>New V-SYS ID: enter the 10-digit number, for example 1310000025.</source>
        <translation>新規V-SYS ID：10桁の数字を入力してください（例：1310000025）。</translation>
    </message>
    <message>
        <source>Password of the new V-SYS ID: use at least %1 characters.</source>
        <translation>新規V-SYS IDのパスワード：%1文字以上にしてください。</translation>
    </message>
    <message>
        <source>Comment: please write what the venue has to correct before it applies again.</source>
        <translation>コメント：接種会場が再申込の前に修正すべき点を書いてください。</translation>
    </message>
    <message>
        <source>Application %1 was not found. Give its application number (申込番号) or its id.</source>
        <translation>申込 %1 が見つかりません。申込番号または申込のIDを指定してください。</translation>
    </message>
    <message>
        <source>Application %1 was changed in the meantime. Please look at it again and repeat.</source>
        <translation>申込 %1 はその間に変更されました。内容をもう一度確認してから、やり直してください。</translation>
    </message>
</context>
<context>
    <name>RouteSupport</name>
    <message>
        <source>If-Match: give the version of the record as a whole number, for example If-Match: 3.</source>
        <translation>If-Match：データの版を整数で指定してください（例：If-Match: 3）。</translation>
    </message>
    <message>
        <source>Idempotency-Key: use a UUID (at most %1 characters).</source>
        <translation>Idempotency-Key：UUID（%1文字以内）を指定してください。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The server's database migrations are broken (%1 is misnamed, missing or out of order).</source>
        <translation>サーバーのデータベース移行ファイルが壊れています（%1 の名前、有無または順序が正しくありません）。</translation>
    </message>
    <message>
        <source>The server database was written by a newer version of vsysdesk-server (schema version %1; this version knows up to %2). Please update vsysdesk-server.</source>
        <translation>サーバーのデータベースは新しいバージョンのvsysdesk-serverで書き込まれています（スキーマバージョン%1、このバージョンは%2まで対応）。vsysdesk-serverを更新してください。</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>OpenSSL gave no details</source>
        <translation>OpenSSLからの詳細情報はありません</translation>
    </message>
    <message>
        <source>Cannot create the server certificate %1: %2</source>
        <translation>サーバー証明書「%1」を作成できません：%2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>証明書「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate: %2</source>
        <translation>「%1」はPEM形式の証明書ではありません：%2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>秘密鍵「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key: %2</source>
        <translation>「%1」は暗号化されていないPEM形式の秘密鍵ではありません：%2</translation>
    </message>
    <message>
        <source>A certificate must be valid for at least one day, not %1.</source>
        <translation>証明書の有効期間は1日以上にしてください（指定された日数：%1）。</translation>
    </message>
    <message>
        <source>Cannot put "%1" into the server certificate: it is neither an IP address nor a host name.</source>
        <translation>「%1」はIPアドレスでもホスト名でもないため、サーバー証明書に入れられません。</translation>
    </message>
    <message>
        <source>Cannot create the private key %1: %2</source>
        <translation>秘密鍵「%1」を作成できません：%2</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2. Delete both files to create a new pair (clients must then accept the new certificate).</source>
        <translation>秘密鍵「%1」は証明書「%2」と対になっていません。両方のファイルを削除すると新しい組が作成されます（その後、各クライアントで新しい証明書を受け入れる必要があります）。</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>ファイル「%1」を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ServerProcess</name>
    <message>
        <source>VSYS Desk central server: the HTTPS sync API for venues.</source>
        <translation>VSYS Desk 中央サーバー：接種会場向けのHTTPS同期APIです。</translation>
    </message>
    <message>
        <source>TCP port to listen on (default %1).</source>
        <translation>待ち受けるTCPポート（既定値 %1）。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 for all).</source>
        <translation>待ち受けるアドレス（既定値 127.0.0.1。すべてのアドレスは 0.0.0.0）。</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgresql://user:password@host:port/database (default sqlite:./vsysdesk-server.sqlite).</source>
        <translation>sqlite:PATH または postgresql://user:password@host:port/database（既定値 sqlite:./vsysdesk-server.sqlite）。</translation>
    </message>
    <message>
        <source>Certificate (PEM). Without --cert and --key, a self-signed pair is made next to the database and its SHA-256 fingerprint printed.</source>
        <translation>証明書（PEM）。--cert と --key がなければ、データベースと同じ場所に自己署名の証明書と鍵を作成し、SHA-256フィンガープリントを表示します。</translation>
    </message>
    <message>
        <source>Private key of the certificate (PEM).</source>
        <translation>証明書の秘密鍵（PEM）。</translation>
    </message>
    <message>
        <source>Add the demo venues, V-SYS IDs and applications (once) and print the demo IDs and passwords.</source>
        <translation>デモ用の接種会場・V-SYS ID・申込を（1回だけ）追加し、デモ用のIDとパスワードを表示します。</translation>
    </message>
    <message>
        <source>--port: give a number from 1 to 65535 (0 lets the system choose).</source>
        <translation>--port：1から65535までの番号を指定してください（0ならシステムが選びます）。</translation>
    </message>
    <message>
        <source>--bind: give an IP address of this computer, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind：このコンピューターのIPアドレス（127.0.0.1、0.0.0.0 など）を指定してください。</translation>
    </message>
    <message>
        <source>--cert and --key: give both, or neither for a self-signed certificate.</source>
        <translation>--cert と --key：両方を指定するか、自己署名の証明書を使う場合はどちらも指定しないでください。</translation>
    </message>
    <message>
        <source>Self-signed certificate %1
SHA-256 fingerprint: %2</source>
        <translation>自己署名証明書 %1
SHA-256フィンガープリント：%2</translation>
    </message>
    <message>
        <source>Demo data (fake; never use it in production):</source>
        <translation>デモデータ（架空のデータです。本番では使用しないでください）：</translation>
    </message>
    <message>
        <source>  V-SYS ID %1  password %2  %3 (%4)</source>
        <translation>  V-SYS ID %1  パスワード %2  %3（%4）</translation>
    </message>
    <message>
        <source>Listening on https://%1:%2 (database %3). Stop with Ctrl+C.</source>
        <translation>https://%1:%2 で待ち受けています（データベース %3）。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Stopping (signal %1)...</source>
        <translation>停止しています（シグナル %1）…</translation>
    </message>
    <message>
        <source>--cert/--key: could not read %1.</source>
        <translation>--cert/--key：%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Demo clock: the server's time starts at %1 (Japan time) and runs on from there.</source>
        <translation>デモ用の時計：サーバーの時刻は %1（日本時間）から始まり、そこから進みます。</translation>
    </message>
    <message>
        <source>Behind nginx on this computer: the web pages' per-address limits use the X-Forwarded-For address that nginx adds (only for connections from 127.0.0.1 or ::1).</source>
        <translation>このコンピューターの nginx の後ろで動かす：Webページのアドレスごとの制限に、nginx が付ける X-Forwarded-For のアドレスを使います（127.0.0.1 または ::1 からの接続に限ります）。</translation>
    </message>
    <message>
        <source>Connection threads, one per concurrent connection (default %1).</source>
        <translation>接続スレッドの数。同時に開いている接続1つにつき1つ（既定値 %1）。</translation>
    </message>
    <message>
        <source>Database threads, each with one database connection: the number of connections this process holds (default %1).</source>
        <translation>データベーススレッドの数。各スレッドがデータベース接続を1つ持ち、これがこのプロセスの持つ接続数になります（既定値 %1）。</translation>
    </message>
    <message>
        <source>Requests that may wait for a database thread; more are answered 503 at once (default %1).</source>
        <translation>データベーススレッドを待てるリクエストの数。これを超えるとすぐに503で応答します（既定値 %1）。</translation>
    </message>
    <message>
        <source>--threads: give a number from 1 to 4096.</source>
        <translation>--threads: 1から4096までの数を指定してください。</translation>
    </message>
    <message>
        <source>--db-threads: give a number from 1 to 256.</source>
        <translation>--db-threads: 1から256までの数を指定してください。</translation>
    </message>
    <message>
        <source>--db-queue: give a number from 0 to 65536.</source>
        <translation>--db-queue: 0から65536までの数を指定してください。</translation>
    </message>
</context>
<context>
    <name>ServerRecordRepository</name>
    <message>
        <source>Could not save the server's data to the local database: %1</source>
        <translation>サーバーのデータをローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the server's data from the local database: %1</source>
        <translation>ローカルデータベースからサーバーのデータを読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>SessionRoutes</name>
    <message>
        <source>V-SYS ID: please enter your 10-digit V-SYS ID.</source>
        <translation>V-SYS ID：10桁のV-SYS IDを入力してください。</translation>
    </message>
    <message>
        <source>Password: please enter your password.</source>
        <translation>パスワード：パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>The V-SYS ID or the password is not correct. Please check both and try again.</source>
        <translation>V-SYS IDまたはパスワードが正しくありません。両方を確認して、もう一度ログインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins for this V-SYS ID. Please wait a while and try again (about %n minute(s)).</source>
        <translation>
            <numerusform>このV-SYS IDはログインの失敗が続いたため、一時的にロックされています。約%n分待ってからもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy checking other logins. Please try again in a few seconds.</source>
        <translation>サーバーがほかのログインの確認で混み合っています。数秒待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>Could not restore the copy into %1: %2</source>
        <translation>コピーを %1 に復元できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened (%2)</source>
        <translation>データベース %1 を開けません（%2）</translation>
    </message>
    <message>
        <source>the database %1 cannot be read (%2)</source>
        <translation>データベース %1 を読み取れません（%2）</translation>
    </message>
    <message>
        <source>The backup was stopped; no file was written.</source>
        <translation>バックアップを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>the file there cannot be replaced</source>
        <translation>既にあるファイルを置き換えられません</translation>
    </message>
    <message>
        <source>the copy cannot be renamed</source>
        <translation>コピーの名前を変更できません</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 は復元できません：%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>ファイルがありません。</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>開けません（%1）。</translation>
    </message>
    <message>
        <source>it is not a VSYS Desk database (%1).</source>
        <translation>VSYS Deskのデータではありません（%1）。</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>ファイルが壊れています（%1）。</translation>
    </message>
    <message>
        <source>it is not a VSYS Desk database.</source>
        <translation>VSYS Deskのデータではありません。</translation>
    </message>
    <message>
        <source>it was written by a newer version of VSYS Desk (schema %1, this version reads up to %2).</source>
        <translation>新しいバージョンのVSYS Deskで書かれています（スキーマ %1。このバージョンが読めるのは %2 までです）。</translation>
    </message>
</context>
<context>
    <name>SqliteFiles</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>%1 を所有者だけが読み書きできる設定にできませんでした。</translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Could not prepare a query for the local database: %1</source>
        <translation>ローカルデータベースへの問い合わせを準備できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not create the folder for the server database (%1).</source>
        <translation>サーバーのデータベース用のフォルダー（%1）を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the server database (%1).</source>
        <translation>サーバーのデータベース（%1）を開けませんでした。</translation>
    </message>
    <message>
        <source>The server could not read or write its database. Please try again in a moment.</source>
        <translation>サーバーがデータベースを読み書きできませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>StoredJsonRules</name>
    <message>
        <source>%1 contains %2, a Unicode noncharacter, which cannot be stored.</source>
        <translation>%1 に保存できない文字 %2（Unicode の非文字）が含まれています。</translation>
    </message>
    <message>
        <source>%1 contains %2 (a byte order mark), which cannot be stored.</source>
        <translation>%1 に保存できない文字 %2（バイト順マーク）が含まれています。</translation>
    </message>
    <message>
        <source>%1 contains %2, half of a surrogate pair without its other half, which cannot be stored.</source>
        <translation>%1 に保存できない文字 %2（対になっていないサロゲート）が含まれています。</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep.</source>
        <translation>%1 の入れ子が %2 階層を超えています。</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Could not save the sync position to the local database: %1</source>
        <translation>同期の位置をローカルデータベースに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the sync position from the local database: %1</source>
        <translation>ローカルデータベースから同期の位置を読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
</context>
<context>
    <name>TicketReader</name>
    <message>
        <source>Ticket number</source>
        <translation>接種券番号</translation>
    </message>
    <message>
        <source>%1: scan or type the 18 digits of the ticket's OCR line.</source>
        <translation>%1：接種券のOCRライン（18桁）を読み取るか入力してください。</translation>
    </message>
    <message>
        <source>%1: only digits, hyphens and spaces can be read.</source>
        <translation>%1：読み取れるのは数字・ハイフン・スペースだけです。</translation>
    </message>
    <message>
        <source>%1: the OCR line has 18 digits; %2 were read.</source>
        <translation>%1：OCRラインは18桁です（読み取ったのは%2桁です）。</translation>
    </message>
    <message>
        <source>%1: the dose number (2nd digit) cannot be 0.</source>
        <translation>%1：回数（2桁目）が0になっています。</translation>
    </message>
    <message>
        <source>Municipality code of the ticket (digits 3–8)</source>
        <translation>接種券の市町村コード（3～8桁目）</translation>
    </message>
    <message>
        <source>%1: %2 is not in the list of local government codes.</source>
        <translation>%1：%2 は全国地方公共団体コードにありません。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is a prefecture, which issues no tickets and pays no claims.</source>
        <translation>%1：%2（%3）は都道府県のコードです。接種券の発行元・請求先になりません。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction in the local database: %1</source>
        <translation>ローカルデータベースのトランザクションを開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save the changes to the local database: %1</source>
        <translation>変更をローカルデータベースに保存できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>VaccinationPlan</name>
    <message>
        <source>Vaccination plan</source>
        <translation>接種計画量</translation>
    </message>
    <message>
        <source>%1: enter the vaccine boxes as a whole number from 0 to %2.</source>
        <translation>%1：ワクチンの箱数は0から%2までの整数で入力してください。</translation>
    </message>
    <message>
        <source>%1: needle and syringe boxes cannot be negative.</source>
        <translation>%1：接種用針・シリンジの箱数に負の数は入力できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: needle and syringe boxes can only be lowered from the %n box(es) filled in for this plan, not raised.</source>
        <translation>
            <numerusform>%1：接種用針・シリンジの箱数は自動入力された%n箱から減らすことはできますが、増やすことはできません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaccineCatalog</name>
    <message>
        <source>Vaccine list: the file is not valid JSON (%1).</source>
        <translation>ワクチンの一覧：ファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>%1: a vaccine needs a unique key of at most %2 characters, a name, a product name and doses_per_vial from 1 to %3.</source>
        <translation>%1：ワクチンには%2文字以内の重複しないkey、名称、製品名、1から%3までのdoses_per_vialが必要です。</translation>
    </message>
    <message>
        <source>vaccines: at least one vaccine is needed.</source>
        <translation>vaccines：ワクチンが1つ以上必要です。</translation>
    </message>
    <message>
        <source>Vaccine: give one of %1.</source>
        <translation>対象ワクチンの種類：%1 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1.usable_days: a whole number of days from 1 to %2.</source>
        <translation>%1.usable_days：1から%2までの日数を整数で指定してください。</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>%1: please enter a value.</source>
        <translation>%1を入力してください。</translation>
    </message>
</context>
<context>
    <name>VenueRepository</name>
    <message>
        <source>Could not read the venues from the local database: %1</source>
        <translation>ローカルデータベースから会場を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not save venue %1 to the local database: %2</source>
        <translation>会場 %1 をローカルデータベースに保存できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>VsysId</name>
    <message>
        <source>V-SYS ID</source>
        <translation>V-SYS ID</translation>
    </message>
    <message>
        <source>%1: enter all 10 digits, starting with the prefecture number.</source>
        <translation>%1：都道府県番号から始まる10桁の数字で入力してください。</translation>
    </message>
</context>
<context>
    <name>VsysIdUses</name>
    <message>
        <source>for the 1st and 2nd doses</source>
        <translation>1・2回目用</translation>
    </message>
    <message>
        <source>for additional doses</source>
        <translation>追加接種用</translation>
    </message>
</context>
<context>
    <name>WorkingCopyRepository</name>
    <message>
        <source>Could not autosave the application's input to the local database: %1</source>
        <translation>申込の入力内容をローカルデータベースに自動保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The application %1 belongs to another V-SYS ID on this computer.</source>
        <translation>申込 %1 は、このコンピューター上の別の V-SYS ID のものです。</translation>
    </message>
    <message>
        <source>Could not read the autosaved input from the local database: %1</source>
        <translation>ローカルデータベースから自動保存された入力を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Could not delete the autosaved input from the local database: %1</source>
        <translation>ローカルデータベースの自動保存された入力を削除できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VSYS Desk</source>
        <translation>VSYS Desk</translation>
    </message>
    <message>
        <source>usage: vsysdesk-cli COMMAND ...</source>
        <translation>使い方：vsysdesk-cli コマンド ...</translation>
    </message>
    <message>
        <source>vsysdesk-cli: unknown command "%1".</source>
        <translation>vsysdesk-cli：「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>--server-ca: no PEM certificate could be read from %1.</source>
        <translation>--server-ca：%1 からPEM形式の証明書を読み込めませんでした。ファイルをご確認ください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::AboutDialog</name>
    <message>
        <source>About VSYS Desk</source>
        <translation>VSYS Desk のバージョン情報</translation>
    </message>
    <message>
        <source>VSYS Desk ships with the following public data:</source>
        <translation>VSYS Desk は次の公開データを収録しています。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>利用条件</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>データの出典</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>第三者のライセンス</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>The desk of a workplace COVID-19 booster vaccination venue: applications, plans, the dose ledger and claims, with V-SYS.</source>
        <translation>職域での新型コロナワクチン追加接種の会場の事務（申込、接種計画、接種台帳、請求）を V-SYS とともに行うアプリです。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>全文の取得元</translation>
    </message>
</context>
<context>
    <name>vsys::app::AccountSwitcher</name>
    <message>
        <source>V-SYS ID in use</source>
        <translation>利用中のV-SYS ID</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Log in with a V-SYS ID of the venue first.</source>
        <translation>先に接種会場のV-SYS IDでログインしてください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::AllocationPage</name>
    <message>
        <source>Check delivery dates</source>
        <translation>配送予定日の確認</translation>
    </message>
    <message>
        <source>Check allocation</source>
        <translation>分配量の確認</translation>
    </message>
    <message>
        <source>Last synced with the server: %1</source>
        <translation>サーバーとの最終同期：%1</translation>
    </message>
    <message>
        <source>Not synced with the server yet.</source>
        <translation>サーバーとはまだ同期していません。</translation>
    </message>
    <message>
        <source>The allocation appears after the first sync with the server. Connect to the network and choose "Sync now".</source>
        <translation>分配量はサーバーとの最初の同期の後に表示されます。ネットワークに接続して「今すぐ同期」を選んでください。</translation>
    </message>
    <message>
        <source>Next delivery: no delivery date from today on is set yet.</source>
        <translation>次回の配送予定日：今日以降の配送予定日はまだ設定されていません。</translation>
    </message>
    <message>
        <source>Next delivery: %1, %2 for %3.</source>
        <translation>次回の配送予定日：%1（%3の%2）</translation>
    </message>
    <message>
        <source>allocation-%1.pdf</source>
        <translation>分配量控_%1.pdf</translation>
    </message>
</context>
<context>
    <name>vsys::app::AllocationTableModel</name>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>The national government has not set the delivery date yet. It appears here after a sync once it is set.</source>
        <translation>配送予定日は国がまだ設定していません。設定されると、同期の後にここに表示されます。</translation>
    </message>
    <message>
        <source>Vaccination period (delivery week)</source>
        <translation>接種期間（配送週）</translation>
    </message>
    <message>
        <source>Plan: vaccine</source>
        <translation>計画（ワクチン）</translation>
    </message>
    <message>
        <source>Plan: needles and syringes</source>
        <translation>計画（針・シリンジ）</translation>
    </message>
    <message>
        <source>Allocation: vaccine</source>
        <translation>分配量（ワクチン）</translation>
    </message>
    <message>
        <source>Allocation: needles and syringes</source>
        <translation>分配量（針・シリンジ）</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>配送予定日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>vsys::app::ApplicationEditorPage</name>
    <message>
        <source>VSYS Desk</source>
        <translation>VSYS Desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The input that was not saved when VSYS Desk last closed (%1) has been restored. Save it temporarily, or go back without saving to drop it.</source>
        <translation>前回終了時に保存されていなかった入力（%1）を復元しました。一時保存するか、「変更を保存せずに戻る」で破棄してください。</translation>
    </message>
    <message>
        <source>Application number: %1</source>
        <translation>申込番号：%1</translation>
    </message>
    <message>
        <source>Status: new (not saved yet)</source>
        <translation>状況：新規（まだ保存されていません）</translation>
    </message>
    <message>
        <source>Status: saved temporarily (not applied yet)</source>
        <translation>状況：一時保存中（まだ申し込みは行われていません）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況：%1</translation>
    </message>
    <message>
        <source>No comment from the reviewer.</source>
        <translation>確認コメントはありません。</translation>
    </message>
    <message>
        <source>Comment from the reviewer (%1): %2</source>
        <translation>確認コメント（%1）：%2</translation>
    </message>
    <message>
        <source>Agree to all of the above and apply again</source>
        <translation>上記のすべての事項に同意し、再申込する</translation>
    </message>
    <message>
        <source>Agree to all of the above and apply for additional vaccination</source>
        <translation>上記のすべての事項に同意し、追加接種を申し込む</translation>
    </message>
    <message>
        <source>Log in with your V-SYS ID to apply.</source>
        <translation>申し込むには V-SYS ID でログインしてください。</translation>
    </message>
    <message>
        <source>The application was sent again. It is now awaiting review.</source>
        <translation>再申込しました。内容確認をお待ちください（確認待ち）。</translation>
    </message>
    <message>
        <source>The application was sent. It is now awaiting review.</source>
        <translation>申し込みました。内容確認をお待ちください（確認待ち）。</translation>
    </message>
    <message>
        <source>Log in with your V-SYS ID to save.</source>
        <translation>保存するには V-SYS ID でログインしてください。</translation>
    </message>
    <message>
        <source>The application was saved temporarily. You can continue it from the list.</source>
        <translation>一時保存しました。申込状況の一覧から続きを入力できます。</translation>
    </message>
    <message>
        <source>Go back and discard what you entered since the last save?</source>
        <translation>前回の保存以降に入力した内容を破棄して戻りますか？</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>変更を破棄する</translation>
    </message>
    <message>
        <source>this application</source>
        <translation>この申込</translation>
    </message>
    <message>
        <source>Withdraw %1? A withdrawn application cannot be edited or applied again.</source>
        <translation>%1 を取り下げますか？取り下げた申込は編集も再申込もできません。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取下げる</translation>
    </message>
    <message>
        <source>Log in with your V-SYS ID to withdraw.</source>
        <translation>取り下げるには V-SYS ID でログインしてください。</translation>
    </message>
    <message>
        <source>%1 was withdrawn.</source>
        <translation>%1 を取り下げました。</translation>
    </message>
    <message>
        <source>The application cannot be sent until the fields listed at the top of the form are corrected (%1 to correct, marked in red).</source>
        <translation>申込できません。フォーム上部に一覧した項目を修正してください（修正が必要な項目：%1件、赤字で表示）。</translation>
    </message>
    <message>
        <source>application-%1.pdf</source>
        <translation>申込控_%1.pdf</translation>
    </message>
    <message>
        <source>Changes since the application was returned: none yet.</source>
        <translation>返却後の変更点：まだありません。</translation>
    </message>
    <message>
        <source>Changes since the application was returned:</source>
        <translation>返却後の変更点：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an application number, %2 its status: 12345-1310000017-03（確認待ち）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This venue already has the application %1. Apply for another one anyway?</source>
        <translation>この会場には申込 %1 があります。さらに申し込みますか？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>申し込む</translation>
    </message>
    <message>
        <source>Nothing in this application differs from the existing registration, so there is nothing to apply for. Tick "Change from the existing registration shown on the right" in each section to change and enter the new values.</source>
        <translation>申込内容が既存登録情報と同じため、申し込めません。変更する項目の「右記の既存登録情報から変更する」にチェックを入れ、新しい内容を入力してください。</translation>
    </message>
    <message>
        <source>Application for additional vaccination</source>
        <translation>追加接種の申込み</translation>
    </message>
</context>
<context>
    <name>vsys::app::ApplicationFormWidget</name>
    <message>
        <source>Sections of the application</source>
        <translation>申込の入力項目</translation>
    </message>
    <message>
        <source>Change from the existing registration shown on the right</source>
        <translation>右記の既存登録情報から変更する</translation>
    </message>
    <message>
        <source>Existing registration</source>
        <translation>既存登録情報</translation>
    </message>
    <message>
        <source>Fill in the address</source>
        <translation>住所自動入力</translation>
    </message>
    <message>
        <source>Fill in the address from %1</source>
        <translation>%1から住所を自動入力</translation>
    </message>
    <message>
        <source>This section has errors.</source>
        <translation>この項目に入力エラーがあります。</translation>
    </message>
    <message>
        <source>All required fields are filled in.</source>
        <translation>必須項目はすべて入力されています。</translation>
    </message>
    <message>
        <source>Required fields are still empty.</source>
        <translation>未入力の必須項目があります。</translation>
    </message>
    <message>
        <source>%1: the address moved to another municipality. Complete the street address, or choose "Keep the previous street address" under it.</source>
        <translation>%1：住所が別の市区町村に変わりました。番地を入力し直すか、その下の「前の番地をこのまま使う」を押してください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ApplicationListModel</name>
    <message>
        <source>Application number</source>
        <translation>申込番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>内容確認日時</translation>
    </message>
    <message>
        <source>Reviewer's comment</source>
        <translation>内容確認コメント</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期状態</translation>
    </message>
    <message>
        <source>(not applied yet)</source>
        <translation>（未申込）</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>vsys::app::ApplicationsPage</name>
    <message>
        <source>A new V-SYS ID, %1, was issued with application %2. Use it for the additional vaccination: add it to the switcher, then log in with the password sent to you by e-mail.</source>
        <translation>申込 %2 の確認に伴い、新しい V-SYS ID %1 が発行されました。追加接種にはこの ID を使用します。切り替えに追加し、メールで届いたパスワードでログインしてください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ArrangementFieldEditor</name>
    <message>
        <source>Please choose</source>
        <translation>選択してください</translation>
    </message>
</context>
<context>
    <name>vsys::app::BackupActions</name>
    <message>
        <source>&amp;Back up...</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>毎日の自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>%1 is the local database itself. Choose another file for the backup.</source>
        <translation>%1 はこのコンピューターのデータベースそのものです。バックアップには別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Writing the backup to %1...</source>
        <translation>バックアップを %1 に書き込んでいます…</translation>
    </message>
    <message>
        <source>The backup was saved to %1.

It holds personal data: keep it in a safe place.</source>
        <translation>バックアップを %1 に保存しました。

個人情報が含まれています。安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restore and close</source>
        <translation>復元して終了</translation>
    </message>
    <message>
        <source>VSYS Desk closes now. When it starts again, the copy of %1 is restored before the data opens.</source>
        <translation>VSYS Deskを終了します。次に起動すると、データを開く前に %1 時点のコピーが復元されます。</translation>
    </message>
    <message>
        <source>Preparing the restore from %1...</source>
        <translation>%1 からの復元を準備しています…</translation>
    </message>
</context>
<context>
    <name>vsys::app::ClaimCountsModel</name>
    <message>
        <source>Calculated from the rows below or the cells to the left.</source>
        <translation>下の行または左の欄から自動で計算されます。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 (doses)</source>
        <translation>%1(回)</translation>
    </message>
    <message>
        <source>All residents</source>
        <translation>総数</translation>
    </message>
    <message>
        <source>Residents of other municipalities</source>
        <translation>それ以外の方</translation>
    </message>
    <message>
        <source>Residents of the institution's own municipality
(%1)</source>
        <translation>医療機関と同一市内にお住まいの方
（%1）</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>台帳: %1</translation>
    </message>
</context>
<context>
    <name>vsys::app::ClaimHeaderEditor</name>
    <message>
        <source>These fields are printed in the header of both forms. A blank field can also be written in by hand after printing.</source>
        <translation>請求総括書・市区町村別請求書の上部に印字されます。空欄の項目は、印刷後に手書きで記入することもできます。</translation>
    </message>
    <message>
        <source>Address of the medical institution</source>
        <translation>医療機関等の所在地</translation>
    </message>
    <message>
        <source>Representative's name</source>
        <translation>代表者氏名</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>(blank: write it in by hand)</source>
        <translation>（空欄：印刷後に手書き）</translation>
    </message>
    <message>
        <source>Facility category</source>
        <translation>施設等区分</translation>
    </message>
    <message>
        <source>Name of the medical institution</source>
        <translation>医療機関等名称</translation>
    </message>
    <message>
        <source>Municipality of the institution</source>
        <translation>医療機関の所在市区町村（同一市内）</translation>
    </message>
    <message>
        <source>Not set: choose the municipality where the institution is located.</source>
        <translation>未設定です。医療機関の所在する市区町村を選んでください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ClaimOutputsPanel</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>Claim summary (including residents of the same municipality)</source>
        <translation>請求総括書出力（同一市内にお住まいの方分を含む）</translation>
    </message>
    <message>
        <source>Claim summary (excluding residents of the same municipality)</source>
        <translation>請求総括書出力（同一市内にお住まいの方分を含まない）</translation>
    </message>
    <message>
        <source>Claims per municipality (ticket attached)</source>
        <translation>市区町村別請求書出力（接種券貼付あり分）</translation>
    </message>
    <message>
        <source>Claims per municipality (no ticket attached)</source>
        <translation>市区町村別請求書出力（接種券貼付なし分）</translation>
    </message>
</context>
<context>
    <name>vsys::app::ClaimPage</name>
    <message>
        <source>Remove the selected municipality</source>
        <translation>選択した市区町村を削除</translation>
    </message>
    <message>
        <source>Add residents of another municipality:</source>
        <translation>それ以外の方（市区町村を追加）：</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>様式：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>提出期限：%1</translation>
    </message>
    <message>
        <source>Enter doses given on or after 2021/12/01 on an old-style screening form in the regular columns: their after-hours and holiday additions are not claimed on this form but from the municipality separately.</source>
        <translation>2021/12/01以降に旧様式の予診票で接種した方の分は「通常」の欄に入力してください。その時間外・休日加算はこの請求書には含めず、市区町村へ別途請求します。</translation>
    </message>
    <message>
        <source>Doses given up to November 2021 use the old format: after-hours and holiday additions are claimed from the municipality separately, not on this form.</source>
        <translation>2021年11月以前の接種分は旧様式です。時間外・休日加算はこの請求書には含めず、接種費用とは別に市区町村へ請求してください。</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>印刷日時</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>枚数</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>請求件数</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>請求金額（円）</translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>%1-%2.pdf</source>
        <translation>%1_%2請求分.pdf</translation>
    </message>
    <message>
        <source>Writing %1 sheets...</source>
        <translation>%1枚を出力しています...</translation>
    </message>
    <message>
        <source>Claim month</source>
        <translation>請求月</translation>
    </message>
    <message>
        <source>Vaccination month</source>
        <translation>接種月</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read as a year and month. Enter it like 2021/04 or 2021年4月.</source>
        <translation>%1：「%2」は年月として読み取れません。2021/04 または 2021年4月 のように入力してください。</translation>
    </message>
    <message>
        <source>Remove the returned item</source>
        <translation>返戻分の削除</translation>
    </message>
    <message>
        <source>Remove the returned item 「%1」? Its count is no longer claimed this month.</source>
        <translation>返戻分「%1」を削除しますか？削除すると、この件数は今月の請求に含まれなくなります。</translation>
    </message>
    <message>
        <source>Claim summary: %1 claims, %2 yen (without the institution's own municipality: %3 claims, %4 yen). Claims per municipality: %5 sheet(s) with the ticket attached, %6 without.</source>
        <translation>請求総括書：%1件 %2円（同一市内分を含まない場合：%3件 %4円）。市区町村別請求書：接種券貼付あり %5枚、貼付なし %6枚。</translation>
    </message>
    <message>
        <source>Claim summary and claims per municipality for the federation</source>
        <translation>国保連提出用請求総括書・市区町村別請求書の作成</translation>
    </message>
    <message>
        <source>Check the following before printing %1:</source>
        <translation>「%1」の前に、次の点を確認してください：</translation>
    </message>
    <message>
        <source>Save as PDF anyway</source>
        <translation>このままPDFに保存する</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>このまま印刷する</translation>
    </message>
    <message>
        <source>Fill from the ledger</source>
        <translation>台帳から入力</translation>
    </message>
    <message>
        <source>The dose ledger has the doses of %1. Counts typed over the ledger's are coloured; point at one for the ledger's count.</source>
        <translation>接種台帳に%1の接種があります。台帳と違う件数（手入力）は色付きで表示され、ポインタを合わせると台帳の件数が表示されます。</translation>
    </message>
    <message>
        <source>The dose ledger has no dose of %1.</source>
        <translation>接種台帳に%1の接種はありません。</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: %5</source>
        <translation>%1 %2 %3 %4：%5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Old-style screening forms in the ledger, counted under regular hours above; claim their additions from the municipality separately: %1</source>
        <translation>接種台帳の旧様式の予診票（上の表では通常に計上）。時間外・休日の加算は市区町村に別途請求してください：%1</translation>
    </message>
    <message>
        <source>After-hours and holiday doses in the ledger, counted under regular hours above; claim their additions from the municipality separately: %1</source>
        <translation>接種台帳の時間外・休日の接種（上の表では通常に計上）。加算は市区町村に別途請求してください：%1</translation>
    </message>
    <message>
        <source>Replace the counts of both tables with the dose ledger's counts of %1?</source>
        <translation>両方の表の件数を、接種台帳の%1の件数で置き換えますか？</translation>
    </message>
    <message>
        <source>Filled %1 from the dose ledger (%2).</source>
        <translation>接種台帳から%1を入力しました（%2）。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ClinicHoursDialog</name>
    <message>
        <source>Count December 29 to January 3 as holidays (unconfirmed: leave off unless your prefecture says so)</source>
        <translation>12月29日～1月3日を休日として扱う（未確認：都道府県から指示がない限りオフのまま）</translation>
    </message>
    <message>
        <source>Clinic hours</source>
        <translation>診療時間</translation>
    </message>
    <message>
        <source>Each day's consultation hours, e.g. 09:00-12:00, 13:00-17:00 (a time at the end of a range is outside it). Leave a day empty when there are none: doses on it count as given on a holiday.</source>
        <translation>曜日ごとの診療時間を「09:00-12:00, 13:00-17:00」のように入力してください（終了時刻ちょうどは診療時間外です）。診療時間のない曜日は空欄にしてください。その日の接種は休日として数えます。</translation>
    </message>
    <message>
        <source>No consultation hours</source>
        <translation>診療時間なし</translation>
    </message>
    <message>
        <source>Weekdays without consultation hours:</source>
        <translation>診療時間のない日（平日の休診日）：</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>日付を追加</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>日付を削除</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>%1: write each range as 09:00-12:00, separated by commas ("%2" is not a range).</source>
        <translation>%1：時間帯は「09:00-12:00」の形で、複数あるときはカンマで区切って入力してください（「%2」は時間帯として読めません）。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ConflictDialog</name>
    <message>
        <source>Resolve a conflict: %1</source>
        <translation>競合の解決：%1</translation>
    </message>
    <message>
        <source>This record was changed on the server while you edited it here. For each field, choose which value to keep. Until you save, both copies are kept.</source>
        <translation>このパソコンで編集している間に、サーバー側でも内容が変更されました。項目ごとに、残す内容を選んでください。保存するまでは両方の内容が保持されます。</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>内容が異なる項目</translation>
    </message>
    <message>
        <source>Keep all of this computer's</source>
        <translation>すべてこのパソコンの内容にする</translation>
    </message>
    <message>
        <source>Take all of the server's</source>
        <translation>すべてサーバーの内容にする</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>選んだ内容で保存</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
</context>
<context>
    <name>vsys::app::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このパソコンの内容</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>サーバーの内容</translation>
    </message>
</context>
<context>
    <name>vsys::app::ConsentTermsView</name>
    <message>
        <source>Consent to the terms of the vaccination</source>
        <translation>ワクチン接種に関する同意事項</translation>
    </message>
</context>
<context>
    <name>vsys::app::DelegationFilesWidget</name>
    <message>
        <source>No delegation letter has been issued for this venue yet.</source>
        <translation>この接種会場の委任状はまだ発行されていません。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード回数</translation>
    </message>
    <message>
        <source>File downloads</source>
        <translation>ファイルダウンロード</translation>
    </message>
    <message>
        <source>Kept on this computer: %1</source>
        <translation>このパソコンに保存済み：%1</translation>
    </message>
    <message>
        <source>Not downloaded on this computer yet.</source>
        <translation>このパソコンではまだダウンロードしていません。</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>未ダウンロード</translation>
    </message>
    <message>
        <source>Downloading...</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>Downloaded %1 and opened it. Print it, stamp it with your seal and submit it to the municipality where the vaccination venue is located.</source>
        <translation>%1 をダウンロードして開きました。印刷・押印の上、接種会場所在地の市町村に提出してください。</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2, but no PDF viewer could open it.</source>
        <translation>%1 を %2 にダウンロードしましたが、PDFを表示できるアプリで開けませんでした。</translation>
    </message>
    <message>
        <source>The delegation letter could not be downloaded: %1</source>
        <translation>委任状をダウンロードできませんでした：%1</translation>
    </message>
    <message>
        <source>The downloaded file is no longer on this computer. Please download it again.</source>
        <translation>ダウンロードしたファイルがこのパソコンにありません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>No PDF viewer could open %1.</source>
        <translation>PDFを表示できるアプリで %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>vsys::app::DelegationNotice</name>
    <message>
        <source>Delegation letter</source>
        <translation>委任状</translation>
    </message>
    <message>
        <source>File: %1 (issued %2)</source>
        <translation>ファイル：%1（%2 発行）</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Downloading...</source>
        <translation>ダウンロードしています…</translation>
    </message>
    <message>
        <source>The delegation letter could not be downloaded: %1</source>
        <translation>委任状をダウンロードできませんでした：%1</translation>
    </message>
</context>
<context>
    <name>vsys::app::DelegationPage</name>
    <message>
        <source>Delegation letter (委任状)</source>
        <translation>委任状のダウンロード</translation>
    </message>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>When the ministry issues a delegation letter for the joint contract, download the PDF file, print it and stamp it with your seal, then submit it to the municipality where the vaccination venue is located. You can download it as often as you need, for example to correct a mistake by hand when the ministry allowed it; each download is counted.</source>
        <translation>集合契約の委任状が発行されたら、PDFファイルをダウンロードし、印刷・押印の上、接種会場所在地の市町村に提出してください。委任状は何回でもダウンロードできます（記載ミスを厚労省の了承を得て手書き修正する場合など）。ダウンロード回数が表示されます。</translation>
    </message>
    <message>
        <source>File downloads</source>
        <translation>ファイルダウンロード</translation>
    </message>
</context>
<context>
    <name>vsys::app::DelegationPrompt</name>
    <message>
        <source>Downloaded %1 and opened it. Print it, stamp it with your seal and submit it to the municipality where the vaccination venue is located.</source>
        <translation>%1 をダウンロードして開きました。印刷・押印の上、接種会場所在地の市町村に提出してください。</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2, but no PDF viewer could open it.</source>
        <translation>%1 を %2 にダウンロードしましたが、PDFを表示できるアプリで開けませんでした。</translation>
    </message>
</context>
<context>
    <name>vsys::app::DesktopEntries</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;About VSYS Desk</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
</context>
<context>
    <name>vsys::app::DoctorDialog</name>
    <message>
        <source>Delete this doctor (check it, then Save deletes the doctor's information)</source>
        <translation>医師情報の削除（削除をチェック⇒保存で医師情報を削除します）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>保存と新規</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Edit the doctor's information</source>
        <translation>医師情報の編集</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>(Doctor) Name *</source>
        <translation>(医師)氏名 ※</translation>
    </message>
    <message>
        <source>(Doctor) Name in hiragana *</source>
        <translation>(医師)氏名ふりがな ※</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>e.g. 厚生 太郎</source>
        <translation>例：厚生 太郎</translation>
    </message>
    <message>
        <source>e.g. こうせい たろう</source>
        <translation>例：こうせい たろう</translation>
    </message>
    <message>
        <source>Vaccines given (by this doctor)</source>
        <translation>取扱ワクチン(医師個人)</translation>
    </message>
    <message>
        <source>Saved. Enter the next doctor.</source>
        <translation>保存しました。次の医師を入力してください。</translation>
    </message>
    <message>
        <source>Save (delete)</source>
        <translation>保存（削除）</translation>
    </message>
</context>
<context>
    <name>vsys::app::DoseCorrectionDialog</name>
    <message>
        <source>Correct the row</source>
        <translation>行の訂正</translation>
    </message>
    <message>
        <source>Withdraw the row</source>
        <translation>行の取消</translation>
    </message>
    <message>
        <source>History of the row</source>
        <translation>行の履歴</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>入力日時</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力者</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>履歴（古い順）：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>接種日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>接種券番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Screening form</source>
        <translation>予診票</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>接種券</translation>
    </message>
    <message>
        <source>Why the row is corrected (required)</source>
        <translation>訂正の理由（必須）</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>訂正を記録</translation>
    </message>
    <message>
        <source>Reason: enter why the row is corrected. The ledger keeps every version with its reason.</source>
        <translation>理由：訂正の理由を入力してください。台帳には訂正前の内容も理由とともに残ります。</translation>
    </message>
</context>
<context>
    <name>vsys::app::EditPage</name>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>vsys::app::FaqAnswerer</name>
    <message>
        <source>None of these</source>
        <translation>この中にはない</translation>
    </message>
    <message>
        <source>Open this screen</source>
        <translation>この画面を開く</translation>
    </message>
    <message>
        <source>Type your question (e.g. When does the third dose start?)</source>
        <translation>質問を入力してください（例：3回目接種は、いつ開始しますか？）</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>質問する</translation>
    </message>
    <message>
        <source>Type a question, then press Ask.</source>
        <translation>質問を入力して「質問する」を押してください。</translation>
    </message>
    <message>
        <source>No similar question was found. Ask again in other words, or choose "None of these" to send your question with the inquiry form.</source>
        <translation>近い質問が見つかりませんでした。言い方を変えて再度質問を入力するか、「この中にはない」を選択して問い合わせフォームで質問を送ってください。</translation>
    </message>
    <message>
        <source>Choose the question closest to yours. If none of them is, type your question again or choose "None of these".</source>
        <translation>お問い合わせ内容と近いものを選んでください。この中にない場合は再度質問を入力するか、「この中にはない」を選択してください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::FieldEditor</name>
    <message>
        <source>%1 (existing registration)</source>
        <translation>%1（既存登録情報）</translation>
    </message>
</context>
<context>
    <name>vsys::app::ForecastPanel</name>
    <message>
        <source>Plan against actual</source>
        <translation>計画と実績</translation>
    </message>
    <message>
        <source>Vaccination period</source>
        <translation>接種期間</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>接種</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>On hand now: %1. Daily rate: %2.</source>
        <translation>現在の在庫：%1。接種のペース：%2。</translation>
    </message>
</context>
<context>
    <name>vsys::app::HelpPage</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Help and manuals</source>
        <translation>ヘルプとマニュアル</translation>
    </message>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Ask a question (works offline)</source>
        <translation>よくある質問（オフラインでも使えます）</translation>
    </message>
    <message>
        <source>If this does not solve it</source>
        <translation>解決しない場合は</translation>
    </message>
    <message>
        <source>Inquiry form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <source>Manuals</source>
        <translation>マニュアル</translation>
    </message>
    <message>
        <source>Open the VSYS Desk manual</source>
        <translation>マニュアルを開く</translation>
    </message>
    <message>
        <source>Open it in the web browser</source>
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>Official V-SYS manuals (Ministry of Health, Labour and Welfare):</source>
        <translation>V-SYSの公式マニュアル（厚生労働省）：</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話番号：%1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>対応時間：%1</translation>
    </message>
    <message>
        <source>Open now.</source>
        <translation>現在、受付時間内です。</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>現在、受付時間外です。</translation>
    </message>
    <message>
        <source>Whether it is open today is not known (the holiday data ends before today).</source>
        <translation>祝日のデータが今日の日付まで無いため、受付中かどうかは分かりません。</translation>
    </message>
    <message>
        <source>The manual could not be opened in the web browser. Use "Open the VSYS Desk manual" instead.</source>
        <translation>マニュアルをブラウザで開けませんでした。「マニュアルを開く」を使ってください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::HomePage</name>
    <message>
        <source>V-SYS ID: %1</source>
        <translation>V-SYS ID：%1</translation>
    </message>
    <message>
        <source>No venue is registered</source>
        <translation>接種会場が登録されていません</translation>
    </message>
    <message>
        <source>Not available yet: this job comes in a later release of VSYS Desk.</source>
        <translation>この業務はまだ利用できません。今後のVSYS Deskのリリースで提供します。</translation>
    </message>
    <message>
        <source>Booking reception status saved: %1.</source>
        <translation>予約の受付情報を「%1」に更新しました。</translation>
    </message>
    <message>
        <source>The booking reception status could not be changed to %1: %2</source>
        <translation>予約の受付情報を「%1」に更新できませんでした：%2</translation>
    </message>
    <message>
        <source>Booking reception status %1 is waiting to be sent. It is public once the server has it.</source>
        <translation>予約の受付情報「%1」は送信待ちです。サーバーに届くと公開されます。</translation>
    </message>
    <message>
        <source>Available once you log in with a V-SYS ID.</source>
        <translation>V-SYS IDでログインすると利用できます。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>対応が必要なこと</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限切れ）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>開く：%1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>vsys::app::InquiryPage</name>
    <message>
        <source>Inquiry form</source>
        <translation>問い合わせフォーム</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>ホームに戻る</translation>
    </message>
    <message>
        <source>Enter your telephone number and choose the category and the detail of your inquiry, then write it as concretely as you can and press Send. The answer is shown below after a sync.</source>
        <translation>電話番号を記入し、お問い合わせ分類とお問い合わせ詳細を選択してから、可能な範囲で具体的に問い合わせ内容を記載し、「送信」を押してください。回答は同期の後、下に表示されます。</translation>
    </message>
    <message>
        <source>e.g. 03-1234-5678</source>
        <translation>例：03-1234-5678</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Inquiry category</source>
        <translation>お問い合わせ分類</translation>
    </message>
    <message>
        <source>Inquiry detail</source>
        <translation>お問い合わせ詳細</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;This venue's inquiries&lt;/b&gt;</source>
        <translation>&lt;b&gt;この接種会場の問い合わせ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>選択してください</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>下に示した項目を修正してください。</translation>
    </message>
    <message>
        <source>The inquiry was sent to the support desk.</source>
        <translation>問い合わせをサポート窓口に送信しました。</translation>
    </message>
    <message>
        <source>The inquiry will be sent when the server can be reached (送信待ち).</source>
        <translation>問い合わせはサーバーに接続できたときに送信されます（送信待ち）。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>送信できませんでした：%1</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Answered (%1)</source>
        <translation>回答済み（%1）</translation>
    </message>
</context>
<context>
    <name>vsys::app::InstitutionPage</name>
    <message>
        <source>Register or change the medical institution details</source>
        <translation>医療機関情報の登録と変更</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10桁の番号</translation>
    </message>
    <message>
        <source>Fields marked "needs the municipality's approval" change once the municipality approves them; until then the approved value stays in use. The others change as soon as the server has them.</source>
        <translation>「市町村承認が必要」の項目は、市町村が承認すると反映されます。それまでは承認済みの値が使われます。その他の項目は、サーバーに届くとすぐに反映されます。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>(Doctor) Name</source>
        <translation>(医師)氏名</translation>
    </message>
    <message>
        <source>(Doctor) Name in hiragana</source>
        <translation>(医師)氏名ふりがな</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The details below are not sent yet. Check them and choose "%1".</source>
        <translation>以下の内容はまだ送信されていません。確認して「%1」を押してください。</translation>
    </message>
    <message>
        <source>Awaiting the municipality's approval (approved now: %1)</source>
        <translation>市町村承認待ち（現在の承認済みの値：%1）</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Needs the municipality's approval</source>
        <translation>市町村承認が必要</translation>
    </message>
    <message>
        <source>The municipality approved the change of %1 on %2.</source>
        <translation>市町村が%2に%1の変更を承認しました。</translation>
    </message>
    <message>
        <source>The municipality rejected the change of %1 on %2; the approved values stay in use.</source>
        <translation>市町村が%2に%1の変更を却下しました。承認済みの値のままです。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント：%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>受け付けられませんでした：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Log in with a V-SYS ID first.</source>
        <translation>先にV-SYS IDでログインしてください。</translation>
    </message>
    <message>
        <source>Saved. The fields that need the municipality's approval change once it approves them.</source>
        <translation>保存しました。市町村承認が必要な項目は、市町村が承認すると反映されます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The doctor %1 was saved. It is sent to the server in the background.</source>
        <translation>医師 %1 を保存しました。サーバーへはバックグラウンドで送信します。</translation>
    </message>
    <message>
        <source>The doctor was deleted.</source>
        <translation>医師を削除しました。</translation>
    </message>
</context>
<context>
    <name>vsys::app::IssueSummary</name>
    <message>
        <source>Please check the items below. Select one to go to its field.</source>
        <translation>以下の項目を確認してください。項目を選ぶと、その入力欄に移動します。</translation>
    </message>
    <message>
        <source>Items to check</source>
        <translation>確認が必要な項目</translation>
    </message>
</context>
<context>
    <name>vsys::app::LedgerPage</name>
    <message>
        <source>Could not save %1. Choose a folder you can write to and try again.</source>
        <translation>%1 を保存できませんでした。書き込みできるフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Dose ledger</source>
        <translation>接種台帳</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>接種券番号</translation>
    </message>
    <message>
        <source>Scan or type the 18-digit line of the vaccination ticket</source>
        <translation>接種券のOCRライン（18桁）を読み取るか入力してください</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>区分：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年齢：</translation>
    </message>
    <message>
        <source>Screening form:</source>
        <translation>予診票：</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>接種券：</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <source>Clear to enter a row later with its own date and time</source>
        <translation>後から入力するときはチェックを外して接種日時を入力してください</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>記録（Enter）</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>接種日時：</translation>
    </message>
    <message>
        <source>Vaccine:</source>
        <translation>ワクチン：</translation>
    </message>
    <message>
        <source>Rows of the day</source>
        <translation>当日の記録</translation>
    </message>
    <message>
        <source>Day shown:</source>
        <translation>表示する日：</translation>
    </message>
    <message>
        <source>Correct...</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>&lt; Home</source>
        <translation>&lt; ホーム</translation>
    </message>
    <message>
        <source>Clinic hours...</source>
        <translation>診療時間…</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>CSV取込…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Ledger as Excel (.xlsx)...</source>
        <translation>台帳をExcel（.xlsx）で出力…</translation>
    </message>
    <message>
        <source>Ledger as CSV...</source>
        <translation>台帳をCSVで出力…</translation>
    </message>
    <message>
        <source>Claim counts of the month as Excel (.xlsx)...</source>
        <translation>この月の請求件数をExcel（.xlsx）で出力…</translation>
    </message>
    <message>
        <source>Claim counts of the month as CSV...</source>
        <translation>この月の請求件数をCSVで出力…</translation>
    </message>
    <message>
        <source>Rows: %1, vaccinations: %2</source>
        <translation>記録 %1、うち接種 %2</translation>
    </message>
    <message>
        <source>This ticket was already used for a vaccination on %1 at %2 (desk %3). Check the ticket; if the earlier row is wrong, correct it.</source>
        <translation>この接種券は %1 %2 に接種済みです（端末 %3）。接種券を確認してください。先の記録が誤りなら、そちらを訂正してください。</translation>
    </message>
    <message>
        <source>kind: %1 %2 / %3 %4</source>
        <translation>区分（%1 %2 / %3 %4）</translation>
    </message>
    <message>
        <source>age: %1 %2 / %3 %4</source>
        <translation>年齢（%1 %2 / %3 %4）</translation>
    </message>
    <message>
        <source>Enter records the row.</source>
        <translation>Enter で記録します。</translation>
    </message>
    <message>
        <source>Choose the %1, then Enter.</source>
        <translation>%1を選んでから Enter を押してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>Waiting for a ticket.</source>
        <translation>接種券の読み取りを待っています。</translation>
    </message>
    <message>
        <source>%1 of 18 digits read</source>
        <translation>18桁中 %1桁を読み取りました</translation>
    </message>
    <message>
        <source>(ward %1: claimed to the city)</source>
        <translation>（行政区 %1：請求先は市）</translation>
    </message>
    <message>
        <source>Recorded: %1 %2, %3 %4, %5</source>
        <translation>記録しました：%1 %2、%3 %4、%5</translation>
    </message>
    <message>
        <source>The row was withdrawn. Its history is kept.</source>
        <translation>行を取り消しました。履歴は残ります。</translation>
    </message>
    <message>
        <source>The correction was recorded. The earlier version is kept in the history.</source>
        <translation>訂正を記録しました。訂正前の内容は履歴に残ります。</translation>
    </message>
    <message>
        <source>Clinic hours saved. The time band of every row follows them.</source>
        <translation>診療時間を保存しました。各行の時間帯はこの診療時間に従います。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is larger than a day's list can be (%2 MB at most); nothing was imported.</source>
        <translation>%1 は大きすぎます（%2 MBまで）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 to fix (listed below the table).</source>
        <translation>%1 からは何も取り込んでいません：直す箇所が%2あります（表の下に一覧があります）。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows: %3</source>
        <translation>%2行のうち%1行を記録したところで止まりました：%3</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSVファイル (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 imported from %2.</source>
        <translation>%2 から%1を取り込みました。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>%1 を保存しています…</translation>
    </message>
</context>
<context>
    <name>vsys::app::LedgerTableModel</name>
    <message>
        <source>Dose %1</source>
        <translation>%1回目</translation>
    </message>
    <message>
        <source>Old format</source>
        <translation>旧様式</translation>
    </message>
    <message>
        <source>New format</source>
        <translation>新様式</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>情報印刷</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>貼付</translation>
    </message>
    <message>
        <source>Duplicate ticket</source>
        <translation>接種券の重複</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>訂正あり</translation>
    </message>
    <message>
        <source>This ticket was also used for a vaccination on %1 at %2 (desk %3).</source>
        <translation>この接種券は %1 %2 にも接種に使われています（端末 %3）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>接種券番号</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Time band</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Screening form</source>
        <translation>予診票</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>接種券</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>vsys::app::LoginDialog</name>
    <message>
        <source>Embedded server on this computer (demo data)</source>
        <translation>このパソコンの内蔵サーバー（デモデータ）</translation>
    </message>
    <message>
        <source>Central server at this URL</source>
        <translation>次のURLの中央サーバー</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>Server URL: enter an address that starts with https://, e.g. https://vsys.example.jp.</source>
        <translation>接続先URL：https:// で始まるアドレスを入力してください（例：https://vsys.example.jp）。</translation>
    </message>
    <message>
        <source>V-SYS ID</source>
        <translation>V-SYS ID</translation>
    </message>
    <message>
        <source>Password: please enter your password.</source>
        <translation>パスワード：パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::LoginFlow</name>
    <message>
        <source>Configured server (%1)</source>
        <translation>設定済みのサーバー（%1）</translation>
    </message>
</context>
<context>
    <name>vsys::app::MainWindow</name>
    <message>
        <source>VSYS Desk</source>
        <translation>VSYS Desk</translation>
    </message>
    <message>
        <source>%1 - VSYS Desk</source>
        <translation>%1 - VSYS Desk</translation>
    </message>
    <message>
        <source>V-SYS ID</source>
        <translation>V-SYS ID</translation>
    </message>
    <message>
        <source>V-SYS ID in use: </source>
        <translation>利用中のV-SYS ID：</translation>
    </message>
    <message>
        <source>Log in with another ID...</source>
        <translation>別のIDでログイン…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申込</translation>
    </message>
    <message>
        <source>%1 was added to the V-SYS ID switcher in the toolbar. Choose it there and log in with the password sent to you by e-mail.</source>
        <translation>%1 をツールバーの V-SYS ID 切り替えに追加しました。そこで選び、メールで届いたパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>The vaccination plan is registered with the venue's V-SYS ID for additional doses. Switch to it in the toolbar.</source>
        <translation>接種計画は会場の追加接種用のV-SYS IDで登録します。ツールバーでそのIDに切り替えてください。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>vsys::app::ManualViewer</name>
    <message>
        <source>VSYS Desk manual</source>
        <translation>VSYS Desk 操作マニュアル</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
</context>
<context>
    <name>vsys::app::MunicipalityPicker</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Municipality code or name</source>
        <translation>市区町村コードまたは名称</translation>
    </message>
    <message>
        <source>Municipality to add</source>
        <translation>追加する市区町村</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Municipality: more than one municipality matches "%1". Please choose one from the list.</source>
        <translation>市区町村：「%1」に当てはまる市区町村が複数あります。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Municipality: no municipality matches "%1". Enter part of the name or the 6-digit code.</source>
        <translation>市区町村：「%1」に当てはまる市区町村がありません。名称の一部か6桁のコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::PlanPage</name>
    <message>
        <source>The request for the government's confirmation was sent. The plan changes once it is confirmed.</source>
        <translation>国の確認を依頼しました。確認されると計画が変更されます。</translation>
    </message>
    <message>
        <source>The vaccination plan was registered.</source>
        <translation>接種計画を登録しました。</translation>
    </message>
    <message>
        <source>(not registered yet)</source>
        <translation>（未登録）</translation>
    </message>
    <message>
        <source>Request the government's confirmation</source>
        <translation>国の確認を依頼する</translation>
    </message>
    <message>
        <source>Register/change</source>
        <translation>登録/変更する</translation>
    </message>
    <message>
        <source>%1 The row shows the registered plan again.</source>
        <translation>%1この行は登録済みの計画に戻しました。</translation>
    </message>
    <message>
        <source>The plan shown is the registered plan: there is no change to register.</source>
        <translation>表示中の計画は登録済みの計画と同じです。登録する変更はありません。</translation>
    </message>
    <message>
        <source>Enter the vaccine boxes of at least one period before the first registration: its total is the most the plan can later have without the government's confirmation.</source>
        <translation>初回登録の前に、少なくとも1つの接種期間のワクチン箱数を入力してください。初回登録時の合計が、国の確認なしで計画できる上限になります。</translation>
    </message>
    <message>
        <source>vaccination-plan-%1.pdf</source>
        <translation>接種計画控_%1.pdf</translation>
    </message>
    <message>
        <source>The changes below were to go to the national government for confirmation and are not sent yet. Check them and choose "%1".</source>
        <translation>下記の変更は国の確認を依頼するためのもので、まだ送信されていません。内容を確認して「%1」を押してください。</translation>
    </message>
    <message>
        <source>The changes below are not registered yet. Check them and choose "%1".</source>
        <translation>下記の変更はまだ登録されていません。内容を確認して「%1」を押してください。</translation>
    </message>
    <message>
        <source>Register or change the vaccination plan</source>
        <translation>接種計画の登録・変更</translation>
    </message>
</context>
<context>
    <name>vsys::app::PlanTableModel</name>
    <message>
        <source>Filled in for this plan: %1. You can lower it, but not raise it.</source>
        <translation>自動入力された数量は%1です。減らすことはできますが、増やすことはできません。</translation>
    </message>
    <message>
        <source>Vaccination period</source>
        <translation>接種期間</translation>
    </message>
    <message>
        <source>Plan change batch</source>
        <translation>計画変更バッチ</translation>
    </message>
    <message>
        <source>Planned vaccine (%1 × boxes)</source>
        <translation>接種計画量
（%1 × 箱）</translation>
    </message>
    <message>
        <source>Planned doses</source>
        <translation>接種計画量
（回接種分）</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>分配実績</translation>
    </message>
    <message>
        <source>Needles and syringes (%1 × boxes)</source>
        <translation>接種用針・シリンジ
（%1 × 箱）</translation>
    </message>
    <message>
        <source>Needles and syringes needed</source>
        <translation>接種用針・シリンジ
の必要数量</translation>
    </message>
</context>
<context>
    <name>vsys::app::Printout</name>
    <message>
        <source>Could not print. Check that the printer is ready.</source>
        <translation>印刷できませんでした。プリンターの準備ができているか確認してください。</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDFに出力</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vsys::app::ReportPage</name>
    <message>
        <source>Report vaccinations and discarded vaccine</source>
        <translation>接種実績・廃棄量等の報告</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>ワクチン</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>3rd doses</source>
        <translation>3回目</translation>
    </message>
    <message>
        <source>1st doses</source>
        <translation>1回目</translation>
    </message>
    <message>
        <source>2nd doses</source>
        <translation>2回目</translation>
    </message>
    <message>
        <source>Wasted vials</source>
        <translation>廃棄バイアル</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>訂正の理由</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Please register the vaccinations given as of %1.</source>
        <translation>%1時点の接種実績をご登録ください</translation>
    </message>
    <message>
        <source>Please register the discarded vials as of %1.</source>
        <translation>%1時点の廃棄数をご登録ください</translation>
    </message>
    <message>
        <source>The report was sent to the server.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>The server did not take the report: %1</source>
        <translation>サーバーが報告を受け付けませんでした：%1</translation>
    </message>
    <message>
        <source>The figures below are not registered yet. Check them and choose "%1".</source>
        <translation>以下の数値はまだ登録されていません。確認して「%1」を選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered&lt;/b&gt; (last registered: figures as of %1)</source>
        <translation>&lt;b&gt;登録済みの内容&lt;/b&gt;（最終登録%1時点の実績）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registered&lt;/b&gt; (nothing registered yet)</source>
        <translation>&lt;b&gt;登録済みの内容&lt;/b&gt;（まだ登録はありません）</translation>
    </message>
    <message>
        <source>-</source>
        <translation>－</translation>
    </message>
    <message>
        <source>(= %1 doses' worth)</source>
        <translation>（= %1回接種分）</translation>
    </message>
    <message>
        <source>= %1 doses' worth</source>
        <translation>= %1回接種分</translation>
    </message>
    <message>
        <source>%1: %2 (registered: %3)</source>
        <translation>%1：%2（登録済み：%3）</translation>
    </message>
    <message>
        <source>Check the figures</source>
        <translation>数値の確認</translation>
    </message>
    <message>
        <source>These totals are equal to or lower than the registered ones. Totals count everything since the first dose. Register them as they are?</source>
        <translation>以下の累計が登録済みの内容と同じか少なくなっています。累計は接種開始からのすべての回数・本数です。このまま登録しますか？</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Back to the figures</source>
        <translation>数値に戻る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard the figures typed here and go back to the home screen?</source>
        <translation>入力した数値を破棄してホーム画面に戻りますか？</translation>
    </message>
    <message>
        <source>Discard and go back</source>
        <translation>破棄して戻る</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>入力を続ける</translation>
    </message>
    <message>
        <source>The report was saved on this computer (waiting to be sent). It is sent to the server as soon as it can be reached.</source>
        <translation>このパソコンに保存しました（送信待ち）。サーバーに接続でき次第、送信します。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Enter the ledger's totals</source>
        <translation>台帳の累計を入力</translation>
    </message>
    <message>
        <source>Dose ledger: vaccinations of %1 recorded up to %2. Wasted vials are not in the ledger: type them.</source>
        <translation>台帳の累計：%2までに接種台帳に記録された%1の接種です。廃棄数は台帳にないため入力してください。</translation>
    </message>
    <message>
        <source>Ledger: %1 (typed %2%3)</source>
        <translation>台帳 %1（入力との差 %2%3）</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>台帳 %1</translation>
    </message>
</context>
<context>
    <name>vsys::app::RestoreDialog</name>
    <message>
        <source>Restore this copy...</source>
        <translation>このコピーを復元…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>There is no copy in the backups folder yet. Choose a backup file.</source>
        <translation>バックアップのフォルダーにはまだコピーがありません。バックアップのファイルを選んでください。</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Daily copies are taken automatically.</source>
        <translation>戻すコピーを選んでください。毎日のコピーは自動で作成されます。</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>毎日の自動バックアップ</translation>
    </message>
    <message>
        <source>Data saved before a restore</source>
        <translation>復元の前に保存したデータ</translation>
    </message>
    <message>
        <source>Choose a file...</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Restore the data on this computer from %1?

It is replaced by this copy of %2: what was entered after that, including changes not yet sent to the server, will not be in the restored data.

Before that, the current data is saved as a copy in %3, from where it can be restored in turn.

VSYS Desk then closes; start it again to work with the restored data.</source>
        <translation>%1 から、このコンピューターのデータを復元しますか？

%2 時点のこのコピーでデータを置き換えます。それより後に入力したもの（サーバーにまだ送っていない変更を含む）は、復元したデータにはありません。

置き換える前に、今のデータを %3 にコピーとして保存します。そこから元に戻すこともできます。

そのあとVSYS Deskを終了します。もう一度起動すると、復元したデータで作業できます。</translation>
    </message>
</context>
<context>
    <name>vsys::app::ReturnChangesModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>vsys::app::ReturnedItemsModel</name>
    <message>
        <source>Vaccination ticket attached</source>
        <translation>接種券貼付あり</translation>
    </message>
    <message>
        <source>No vaccination ticket attached</source>
        <translation>接種券貼付なし</translation>
    </message>
    <message>
        <source>%1: %2 is not a count. Enter a whole number of 0 or more.</source>
        <translation>%1：%2 は件数として読めません。0以上の整数を入力してください。</translation>
    </message>
    <message>
        <source>Original claim month</source>
        <translation>元の請求月</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>予診票</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Reason returned / note</source>
        <translation>返戻理由・メモ</translation>
    </message>
    <message>
        <source>%1: please enter the month, like 2021/12.</source>
        <translation>%1：2021/12 のように年月を入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read as a year and month. Enter it like 2021/12.</source>
        <translation>%1：%2 は年月として読めません。2021/12 のように入力してください。</translation>
    </message>
    <message>
        <source>%1: please choose one of %2.</source>
        <translation>%1：%2 のいずれかを選んでください。</translation>
    </message>
</context>
<context>
    <name>vsys::app::SaveStateLabel</name>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Could not be saved</source>
        <translation>保存できませんでした</translation>
    </message>
</context>
<context>
    <name>vsys::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Empty: the built-in server</source>
        <translation>空欄：内蔵サーバー</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>接続先URL</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダ</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>標準</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>Takes effect at the next start of VSYS Desk.</source>
        <translation>VSYS Desk を次に起動したときから有効になります。</translation>
    </message>
    <message>
        <source>Takes effect at the next start of VSYS Desk. The data already in the current folder stays there: move it with a backup and a restore.</source>
        <translation>VSYS Desk を次に起動したときから有効になります。今のフォルダにあるデータはそのまま残ります。移すときはバックアップと復元を使ってください。</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>すぐに反映されます。</translation>
    </message>
</context>
<context>
    <name>vsys::app::StartupWork</name>
    <message>
        <source>Logging in to the server in the background. The home screen can be used now.</source>
        <translation>バックグラウンドでサーバーにログインしています。ホーム画面はこのままお使いいただけます。</translation>
    </message>
    <message>
        <source>Logged in. Fetching the venue's data from the server in the background...</source>
        <translation>ログインしました。会場のデータをバックグラウンドでサーバーから取得しています…</translation>
    </message>
    <message>
        <source>Opening the data on this computer...</source>
        <translation>この端末のデータを開いています…</translation>
    </message>
</context>
<context>
    <name>vsys::app::StreetReviewPrompt</name>
    <message>
        <source>Keep the previous street address</source>
        <translation>前の番地をこのまま使う</translation>
    </message>
    <message>
        <source>The address is now in %1: complete the street address, which starts again from the chosen town. The previous one was "%2".</source>
        <translation>住所が%1に変わりました。番地は選んだ町域から入力し直してください（前の番地：「%2」）。</translation>
    </message>
</context>
<context>
    <name>vsys::app::SyncStatusWidget</name>
    <message>
        <source>Not logged in</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <source>V-SYS ID %1  %2</source>
        <translation>V-SYS ID %1　%2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline (changes are kept and sent later)</source>
        <translation>オフライン（変更は保存され、接続が戻ると送信されます）</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to send: %n change(s)</source>
        <translation>
            <numerusform>送信待ち：%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vsys::app::YesNoFieldEditor</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the question (接種会場におけるエレベーター有無), %2 one answer (エレベーター有)</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vsys::sync::ApiAccessManager</name>
    <message>
        <source>The server address "%1" is not a valid address. Please enter an address such as https://vsys.example.jp.</source>
        <translation>サーバーのアドレス「%1」が正しくありません。https://vsys.example.jp のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>VSYS Desk connects to the server only over HTTPS, so "%1" was refused. Please use an address that starts with https://.</source>
        <translation>VSYS Desk はサーバーと HTTPS でのみ通信するため、「%1」は使えません。https:// で始まるアドレスを使ってください。</translation>
    </message>
</context>
<context>
    <name>vsys::sync::ApiJob</name>
    <message>
        <source>The server sent an answer VSYS Desk cannot read (%1). Please check that the server address is right and that VSYS Desk is up to date.</source>
        <translation>サーバーから VSYS Desk が読み取れない応答がありました（%1）。サーバーのアドレスが正しいことと、VSYS Desk が最新であることを確認してください。</translation>
    </message>
    <message>
        <source>The server's certificate is not the one VSYS Desk trusts, so nothing was sent (%1). Please check the server address, or ask the server's administrator.</source>
        <translation>サーバーの証明書が VSYS Desk の信頼するものではないため、何も送信しませんでした（%1）。サーバーのアドレスを確認するか、サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Your changes are kept on this computer and will be sent when the connection is back.</source>
        <translation>サーバーに接続できませんでした（%1）。変更はこのコンピューターに保存されており、接続が戻ると送信されます。</translation>
    </message>
    <message>
        <source>The server could not handle the request right now (HTTP %1). VSYS Desk will try again later.</source>
        <translation>サーバーが現在リクエストを処理できません（HTTP %1）。しばらくしてから自動的に再試行します。</translation>
    </message>
    <message>
        <source>Your login has ended. Please log in again.</source>
        <translation>ログインの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The server's copy was changed in the meantime. Please compare the two copies and choose what to keep.</source>
        <translation>サーバー上の内容がその間に変更されました。2つの内容を比べて、残す内容を選んでください。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Please check your entries; if it keeps happening, contact the support desk.</source>
        <translation>サーバーがリクエストを受け付けませんでした（HTTP %1）。入力内容を確認してください。繰り返し起きる場合は、サポート窓口にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>vsys::sync::DelegationDownloads</name>
    <message>
        <source>Please log in to download the delegation letter.</source>
        <translation>委任状をダウンロードするにはログインしてください。</translation>
    </message>
</context>
<context>
    <name>vsys::sync::DoseJob</name>
    <message>
        <source>the answer is about another dose</source>
        <translation>別の接種記録についての応答です</translation>
    </message>
</context>
<context>
    <name>vsys::sync::InquiryJob</name>
    <message>
        <source>the answer is about another inquiry</source>
        <translation>別の問い合わせについての応答です</translation>
    </message>
</context>
<context>
    <name>vsys::sync::Outbox</name>
    <message>
        <source>The application has no valid id (a UUID in lower case without braces).</source>
        <translation>申込の ID が正しくありません（波かっこなし・小文字の UUID が必要です）。</translation>
    </message>
    <message>
        <source>The application %1 belongs to another V-SYS ID on this computer.</source>
        <translation>申込 %1 は、このコンピューター上の別の V-SYS ID のものです。</translation>
    </message>
    <message>
        <source>This application differs from the server's copy. Please choose which copy to keep before editing it.</source>
        <translation>この申込はサーバー上の内容と異なります。編集する前に、どちらの内容を残すか選んでください。</translation>
    </message>
    <message>
        <source>This application has no conflict to resolve.</source>
        <translation>この申込には解決する競合がありません。</translation>
    </message>
    <message>
        <source>There is no application %1 on this computer.</source>
        <translation>このコンピューターに申込 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is done by saving the application.</source>
        <translation>%1は申込を保存して行ってください。</translation>
    </message>
    <message>
        <source>The booking reception status cannot be sent yet: the server has not named this V-SYS ID's venue. Please sync once, then update again.</source>
        <translation>予約の受付情報はまだ送信できません：このV-SYS IDの接種会場がサーバーから届いていません。一度同期してから、もう一度更新してください。</translation>
    </message>
</context>
<context>
    <name>vsys::sync::PlanCache</name>
    <message>
        <source>The vaccination plan could not be sent because the server cannot be reached. Your entries are kept on this computer; please register the plan again when the connection is back.</source>
        <translation>サーバーに接続できないため、接種計画を送信できませんでした。入力内容はこのコンピューターに保存されています。接続が戻ってから、もう一度登録してください。</translation>
    </message>
    <message>
        <source>Please log in to register the vaccination plan.</source>
        <translation>接種計画を登録するには、ログインしてください。</translation>
    </message>
    <message>
        <source>The vaccination plan is being sent. Please wait for the server's answer, then register again if needed.</source>
        <translation>接種計画を送信中です。サーバーからの応答をお待ちください。必要な場合は、その後もう一度登録してください。</translation>
    </message>
    <message>
        <source>The vaccination plan could not be sent because you are not logged in. Your entries are kept on this computer; please log in and register the plan again.</source>
        <translation>ログインしていないため、接種計画を送信できませんでした。入力内容はこのコンピューターに保存されています。ログインしてから、もう一度登録してください。</translation>
    </message>
    <message>
        <source>The vaccination plan could not be sent because your login has ended. Your entries are kept on this computer; please log in again and register the plan again.</source>
        <translation>ログインの有効期限が切れたため、接種計画を送信できませんでした。入力内容はこのコンピューターに保存されています。もう一度ログインしてから、再度登録してください。</translation>
    </message>
</context>
<context>
    <name>vsys::sync::ReportJob</name>
    <message>
        <source>the answer is about another report</source>
        <translation>別の報告についての応答です</translation>
    </message>
</context>
<context>
    <name>vsys::sync::SyncService</name>
    <message>
        <source>Please enter your V-SYS ID and password.</source>
        <translation>V-SYS ID とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>V-SYS ID %1 has not logged in to this server from this computer yet. Please log in.</source>
        <translation>V-SYS ID %1 は、このコンピューターからこのサーバーにまだログインしていません。ログインしてください。</translation>
    </message>
    <message>
        <source>V-SYS ID %1 is in use in this window. Please log out first.</source>
        <translation>このウィンドウでは V-SYS ID %1 を使用中です。先にログアウトしてください。</translation>
    </message>
    <message>
        <source>Please log in to change the booking reception status.</source>
        <translation>予約の受付情報を変更するには、ログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to see the reports.</source>
        <translation>報告を見るにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to register the report.</source>
        <translation>報告を登録するにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to change the reports.</source>
        <translation>報告を変更するにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to record doses.</source>
        <translation>接種を記録するにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to set the consultation hours.</source>
        <translation>診療時間を設定するにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to see the inquiries.</source>
        <translation>問い合わせを表示するにはログインしてください。</translation>
    </message>
    <message>
        <source>Please log in to send the inquiry.</source>
        <translation>問い合わせを送信するにはログインしてください。</translation>
    </message>
</context>
</TS>

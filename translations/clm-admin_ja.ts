<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Reused sign-in token (session revoked)</source>
        <translation>サインイントークンの再使用 (セッションを失効)</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>組織の変更</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>ユーザーの変更</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <source>License created</source>
        <translation>ライセンスの作成</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>ライセンスの変更</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>ライセンスの無効化</translation>
    </message>
    <message>
        <source>Enrollment token created</source>
        <translation>登録トークンの作成</translation>
    </message>
    <message>
        <source>Enrollment token revoked</source>
        <translation>登録トークンの失効</translation>
    </message>
    <message>
        <source>Machine enrolled</source>
        <translation>マシンの登録</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>マシンの使用停止</translation>
    </message>
    <message>
        <source>Seat taken</source>
        <translation>シートの取得</translation>
    </message>
    <message>
        <source>Seat released</source>
        <translation>シートの解放</translation>
    </message>
    <message>
        <source>Seat borrowed</source>
        <translation>シートの借用</translation>
    </message>
    <message>
        <source>Seat force-released</source>
        <translation>シートの強制解放</translation>
    </message>
    <message>
        <source>Seat timed out</source>
        <translation>シートのタイムアウト</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Enrollment token</source>
        <translation>登録トークン</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Machine enabled again</source>
        <translation>マシンを再有効化</translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation>Webhook を作成</translation>
    </message>
    <message>
        <source>Webhook changed</source>
        <translation>Webhook を変更</translation>
    </message>
    <message>
        <source>Webhook deleted</source>
        <translation>Webhook を削除</translation>
    </message>
    <message>
        <source>Webhook event sent again</source>
        <translation>Webhook イベントを再送</translation>
    </message>
    <message>
        <source>Webhook disabled after failing</source>
        <translation>失敗が続いたため Webhook を無効化</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>製品コード</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>使用中のシート</translation>
    </message>
    <message>
        <source>Offline lease (s)</source>
        <translation>オフライン猶予 (秒)</translation>
    </message>
    <message>
        <source>Longest borrow (s)</source>
        <translation>最長借用期間 (秒)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最終サインイン</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>ライセンス ID</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Machine id</source>
        <translation>マシン ID</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS ユーザー</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最終ハートビート</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>借用期限</translation>
    </message>
    <message>
        <source>Lease valid until</source>
        <translation>オフライン猶予期限</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>終了理由</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Hardware id</source>
        <translation>ハードウェア ID</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用回数</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>使用可能回数</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>実行者 ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>対象 ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>解放済み</translation>
    </message>
    <message>
        <source>Timed out (no heartbeat)</source>
        <translation>タイムアウト (ハートビートなし)</translation>
    </message>
    <message>
        <source>Force-released</source>
        <translation>強制解放済み</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>ライセンスの無効化</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>マシンの使用停止</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the license server</source>
        <translation>ライセンスサーバーにサインイン</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>owner@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>サインインしたままにする(&amp;K)</translation>
    </message>
</context>
<context>
    <name>clm::app::ApiErrors</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>サーバーが要求を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>受け付けられなかった値があります。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>サインインが無効になりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>あなたのロールではこの操作はできません。</translation>
    </message>
    <message>
        <source>It no longer exists, or it was never there.</source>
        <translation>存在しないか、すでに削除されています。</translation>
    </message>
    <message>
        <source>The server does not offer this action.</source>
        <translation>サーバーはこの操作に対応していません。</translation>
    </message>
    <message>
        <source>This clashes with what is already there.</source>
        <translation>既存のものと競合しています。</translation>
    </message>
    <message>
        <source>All seats of the license are in use.</source>
        <translation>ライセンスのシートはすべて使用中です。</translation>
    </message>
    <message>
        <source>The license is deactivated.</source>
        <translation>ライセンスは無効化されています。</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>ライセンスの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The seat has already been given up.</source>
        <translation>このシートはすでに解放されています。</translation>
    </message>
    <message>
        <source>The license does not allow borrowing seats.</source>
        <translation>このライセンスではシートを借用できません。</translation>
    </message>
    <message>
        <source>The machine is disabled.</source>
        <translation>このマシンは無効化されています。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a minute, then try again.</source>
        <translation>要求が多すぎます。1 分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>That is too much data to send at once.</source>
        <translation>一度に送信するにはデータが多すぎます。</translation>
    </message>
    <message>
        <source>The server could not read the request&apos;s format.</source>
        <translation>サーバーが要求の形式を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again shortly.</source>
        <translation>サーバーは現在この操作を実行できません。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it keeps failing, tell the server&apos;s operator.</source>
        <translation>サーバーでエラーが発生しました。再試行し、続く場合はサーバーの管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network and try again.</source>
        <translation>サーバーが応答しません。ネットワークを確認して再試行してください。</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>サーバーに拒否されました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n seat(s) of the license are in use.</source>
        <translation>
            <numerusform>ライセンスの %n シートはすべて使用中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>その間に他の人が変更しました。</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>このメールアドレスのユーザーはすでに存在します。</translation>
    </message>
    <message>
        <source>The organization&apos;s last active owner cannot be demoted or deactivated.</source>
        <translation>組織の最後の有効なオーナーは、降格も無効化もできません。</translation>
    </message>
    <message>
        <source>Only an owner may do this.</source>
        <translation>この操作はオーナーのみ可能です。</translation>
    </message>
    <message>
        <source>This server does not let anyone create an organization.</source>
        <translation>このサーバーでは組織を作成できません。</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>メールアドレスまたはパスワードが違います。</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>あなたのアカウントは無効化されています。</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>サーバーがエラーを返しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>テキストで入力してください。</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>空にはできません。</translation>
    </message>
    <message>
        <source>Must be an email address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Must not be the email address.</source>
        <translation>メールアドレスと同じにはできません。</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>「はい」か「いいえ」で指定してください。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>整数で入力してください。</translation>
    </message>
    <message>
        <source>Must be a date and time.</source>
        <translation>日時で入力してください。</translation>
    </message>
    <message>
        <source>Must be in the future.</source>
        <translation>未来の日時にしてください。</translation>
    </message>
    <message>
        <source>Must be an id.</source>
        <translation>ID を指定してください。</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>テキストとして無効な文字が含まれています。</translation>
    </message>
    <message>
        <source>Contains a character that cannot be stored.</source>
        <translation>保存できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Cannot be changed.</source>
        <translation>変更できません。</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>現在のパスワードと一致しません。</translation>
    </message>
    <message>
        <source>Belongs to another machine.</source>
        <translation>別のマシンのものです。</translation>
    </message>
    <message>
        <source>A license key or a product is required.</source>
        <translation>ライセンスキーまたは製品が必要です。</translation>
    </message>
    <message>
        <source>Must be at most 100 entries of 1 to 255 characters each.</source>
        <translation>1〜255 文字の項目を最大 100 個まで指定できます。</translation>
    </message>
    <message>
        <source>Can only re-enable a machine.</source>
        <translation>マシンの再有効化のみ可能です。</translation>
    </message>
    <message>
        <source>Must be from one minute to one day.</source>
        <translation>1 分から 1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The time range is too long for this resolution.</source>
        <translation>この解像度には期間が長すぎます。</translation>
    </message>
    <message>
        <source>Must not be after the end.</source>
        <translation>終了より後にはできません。</translation>
    </message>
    <message>
        <source>Must be a full https:// address.</source>
        <translation>完全な https:// アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Must start with https://.</source>
        <translation>https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Must not contain a user name or password.</source>
        <translation>ユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Must not end in a #fragment.</source>
        <translation>#フラグメントで終わることはできません。</translation>
    </message>
    <message>
        <source>Names a private or local address, which the server does not send to.</source>
        <translation>サーバーが送信しないプライベートまたはローカルのアドレスです。</translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s).</source>
        <translation>
            <numerusform>%n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>%1〜%2 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Must be a whole number from 1 to %1.</source>
        <translation>1〜%1 の整数で指定してください。</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>%1 以下にしてください。</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>次のいずれかにしてください: %1。</translation>
    </message>
    <message>
        <source>Choose at least one of: %1.</source>
        <translation>次から 1 つ以上選択してください: %1。</translation>
    </message>
    <message>
        <source>Unknown field; one of: %1.</source>
        <translation>不明な項目です。次のいずれか: %1。</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>受け付けられませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>clm::app::AuditNames</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seat of %1</source>
        <translation>%1 のシート</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>offline lease (s)</source>
        <translation>オフラインリース (秒)</translation>
    </message>
    <message>
        <source>longest borrow (s)</source>
        <translation>最長借用 (秒)</translation>
    </message>
    <message>
        <source>features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>secret rotated</source>
        <translation>シークレットを更新</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>clm::app::DashboardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Requests refused today because every seat was taken</source>
        <translation>全シートが使用中だったため本日拒否された要求</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>使用中のシート</translation>
    </message>
    <message>
        <source>Denials today</source>
        <translation>本日の拒否数</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%2 シート中 %1 シート使用中</translation>
    </message>
</context>
<context>
    <name>clm::app::LicenseOverview</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>clm::app::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>The export stopped at row %1: %2</source>
        <translation>エクスポートは %1 行目で停止しました: %2</translation>
    </message>
</context>
<context>
    <name>clm::app::Outcome</name>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>その間に他の人が変更しました。</translation>
    </message>
    <message>
        <source>The server does not answer. Nothing was saved; try again.</source>
        <translation>サーバーが応答しません。何も保存されていません。再試行してください。</translation>
    </message>
</context>
<context>
    <name>clm::app::PagedModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>clm::app::Passwords</name>
    <message>
        <source>Does not match the new password.</source>
        <translation>新しいパスワードと一致しません。</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAdvice</name>
    <message numerus="yes">
        <source>No seat was used in %n day(s): all %1 seats are unused.</source>
        <translation>
            <numerusform>%n 日間、シートは使われませんでした。%1 シートすべてが未使用です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak use %1 of %2: %3 seats unused for %n day(s).</source>
        <translation>
            <numerusform>最大使用数 %2 中 %1: %3 シートが %n 日間未使用です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use %1 of %2 and nobody was refused: the seats fit.</source>
        <translation>最大使用数 %2 中 %1、拒否はありません。シート数は適正です。</translation>
    </message>
    <message numerus="yes">
        <source>At the limit %n hour(s) with %1 denials: %2 more seats would have served 95 % of them.</source>
        <translation>
            <numerusform>上限に達した時間 %n 時間、拒否 %1 件: あと %2 シートあれば 95 % に対応できました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAlerts</name>
    <message>
        <source>%1: every seat is taken</source>
        <translation>%1: すべてのシートが使用中です</translation>
    </message>
    <message>
        <source>%1 of %2 seats are in use; the next request is refused until one is free.</source>
        <translation>%2 シート中 %1 シートが使用中です。空きが出るまで次の要求は拒否されます。</translation>
    </message>
    <message>
        <source>%1: requests are being refused</source>
        <translation>%1: 要求が拒否されています</translation>
    </message>
    <message>
        <source>A machine was refused a seat because all are taken.</source>
        <translation>すべてのシートが使用中のため、マシンへのシート割り当てが拒否されました。</translation>
    </message>
    <message>
        <source>%1 was refused a seat because all are taken.</source>
        <translation>すべてのシートが使用中のため、%1 へのシート割り当てが拒否されました。</translation>
    </message>
</context>
<context>
    <name>clm::app::ServerTrust</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no certificate in this file</source>
        <translation>%1: このファイルに証明書がありません</translation>
    </message>
</context>
<context>
    <name>clm::app::SignInFlow</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing you did is lost.</source>
        <translation>セッションが終了しました。続けるには再度サインインしてください。作業内容は失われません。</translation>
    </message>
    <message>
        <source>Your kept sign-in is no longer valid. Sign in again.</source>
        <translation>保存されたサインインは無効になりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation>サーバーには http:// または https:// のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>メールアドレスとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>試行回数が多すぎます。1 分待ってから再度お試しください。</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>clm-admin is for owners and admins; your role is %1. Ask an owner of your organization for the admin role.</source>
        <translation>clm-admin はオーナーと管理者向けです。あなたのロールは %1 です。組織のオーナーに管理者ロールを依頼してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>サーバーの証明書は信頼されていません: %1</translation>
    </message>
    <message>
        <source>The server does not answer. Check the address, or try again later.</source>
        <translation>サーバーが応答しません。アドレスを確認するか、後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>clm::app::TimeText</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>実行者(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>記録された詳細</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>clm::ui::CertificateDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>信頼されていないサーバー証明書</translation>
    </message>
    <message>
        <source>The server %1 presented a self-signed certificate, which no authority vouches for.</source>
        <translation>サーバー %1 は自己署名証明書を提示しました。これを保証する認証局はありません。</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>サーバー %1 は、このコンピューターが信頼していない証明書を提示しました。</translation>
    </message>
    <message>
        <source>TLS said: %1.</source>
        <translation>TLS のメッセージ: %1。</translation>
    </message>
    <message>
        <source>clm-admin did not connect. If the fingerprint below is the one your server&apos;s operator gives you, trust the CA certificate that signed it (for a self-signed certificate: the certificate itself) by adding its file. Otherwise someone may be in between: do not sign in.</source>
        <translation>clm-admin は接続しませんでした。下のフィンガープリントがサーバー管理者から伝えられたものと一致する場合は、それに署名した CA 証明書 (自己署名証明書の場合は証明書そのもの) のファイルを追加して信頼してください。一致しない場合は第三者が介在している可能性があります。サインインしないでください。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>&amp;Trust a CA file...</source>
        <translation>CA ファイルを信頼(&amp;T)...</translation>
    </message>
</context>
<context>
    <name>clm::ui::DashboardPage</name>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No active licenses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one on the Licenses page; seat use shows here as soon as clients acquire seats.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;有効なライセンスはまだありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;「ライセンス」ページで作成してください。クライアントがシートを取得すると、ここに使用状況が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>最新ではありません: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Seats in use per license</source>
        <translation>ライセンスごとの使用中シート</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>履歴(&amp;S):</translation>
    </message>
    <message>
        <source>Enter or double-click: open the license</source>
        <translation>Enter またはダブルクリック: ライセンスを開く</translation>
    </message>
</context>
<context>
    <name>clm::ui::DeliveriesDialog</name>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>失敗（断念）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>%1 への配信</translation>
    </message>
    <message>
        <source>Event at</source>
        <translation>イベント日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>再送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Each event is sent until the receiver answers 2xx: again after 10 seconds, then doubling, for a day. Sending one again puts it after the events waiting for this receiver.</source>
        <translation>各イベントは受信側が 2xx を返すまで送信されます。10 秒後に再送し、その後は間隔を倍にしながら 1 日続けます。再送したイベントは、この受信側を待っているイベントの後に送られます。</translation>
    </message>
    <message>
        <source>Select a delivery to see the receiver&apos;s answer.</source>
        <translation>配信を選択すると受信側の応答が表示されます。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>次の試行: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Event id (the receiver&apos;s Idempotency-Key): %1</source>
        <translation>イベント ID（受信側の Idempotency-Key）: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>送信されませんでした</translation>
    </message>
    <message>
        <source>Could not send the event again: %1</source>
        <translation>イベントを再送信できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Copy the whole id</source>
        <translation>ID 全体をコピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>clm::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>長期未接続</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>すべてのマシン</translation>
    </message>
    <message numerus="yes">
        <source>Stale (not seen for %n day(s))</source>
        <translation>
            <numerusform>長期未接続 (%n 日間接続なし)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>使用停止(&amp;D)...</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>デバイスの使用停止</translation>
    </message>
    <message>
        <source>Disable %1? Its seats end at once and it can no longer check out licenses.</source>
        <translation>%1 を使用停止にしますか? そのシートはすぐに終了し、ライセンスを取得できなくなります。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Could not disable the machine: %1</source>
        <translation>マシンの使用を停止できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Re-enable...</source>
        <translation>再有効化(&amp;R)...</translation>
    </message>
    <message>
        <source>Re-enable device</source>
        <translation>デバイスの再有効化</translation>
    </message>
    <message>
        <source>Re-enable %1? It can enroll again with an enrollment token; until then it holds no seats.</source>
        <translation>%1 を再有効化しますか？登録トークンで再登録できるようになります。それまではシートを使用しません。</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>再有効化</translation>
    </message>
    <message>
        <source>Could not re-enable the machine: %1</source>
        <translation>マシンを再有効化できませんでした: %1</translation>
    </message>
    <message>
        <source>Disabled: its device token no longer works; re-enable it, then enroll it again.</source>
        <translation>使用停止: デバイストークンは使えなくなりました。再度有効にしてから、もう一度登録してください。</translation>
    </message>
    <message numerus="yes">
        <source>Stale: not seen for %n day(s). Retired or off the network?</source>
        <translation>
            <numerusform>長期未接続: %n 日間接続がありません。廃棄済みか、ネットワーク外ですか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Seats held by this machine</source>
        <translation>このマシンが使用中のシート</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>clm::ui::FormDialog</name>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更しました</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing. Reload their version (your changes here are discarded), or overwrite it with your changes (fields you did not change keep their version)?</source>
        <translation>編集中に他のユーザーがこの項目を保存しました。相手の版を読み込みますか (ここでの変更は破棄されます)? それとも自分の変更で上書きしますか (変更していない項目は相手の版のままです)?</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>相手の版を読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>自分の変更で上書き(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Reloaded: the fields show the saved version now.</source>
        <translation>再読み込みしました。保存されている版が表示されています。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this meanwhile.</source>
        <translation>保存されていません。その間に他のユーザーが変更しました。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>この日時は過去です。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーからのメッセージ: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicenseView</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>無効化(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>強制解放(&amp;F)...</translation>
    </message>
    <message>
        <source>Select a license to see who holds its seats.</source>
        <translation>ライセンスを選択すると、シートの使用者が表示されます。</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>使用中のシート</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS ユーザー</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>借用期限</translation>
    </message>
    <message>
        <source>Who holds a seat</source>
        <translation>シートの使用者</translation>
    </message>
    <message>
        <source>Enter or double-click: show the session</source>
        <translation>Enter またはダブルクリック: セッションを表示</translation>
    </message>
    <message>
        <source>Free the selected holder&apos;s seat at once</source>
        <translation>選択した使用者のシートをすぐに解放</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>履歴(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>使用状況(&amp;U)</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>詳細(&amp;I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;シート&lt;/b&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Seats and leases</source>
        <translation>シートとリース</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation>オフラインリース</translation>
    </message>
    <message>
        <source>Longest borrow</source>
        <translation>最長借用期間</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Product %1, active.</source>
        <translation>製品 %1、有効。</translation>
    </message>
    <message>
        <source>Product %1, deactivated: no seat is granted.</source>
        <translation>製品 %1、無効: シートは割り当てられません。</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>%1 に期限切れになります。</translation>
    </message>
    <message>
        <source>Expires today, at %1.</source>
        <translation>本日 %1 に期限切れになります。</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>%n 日後、%1 に期限切れになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1: no seat is granted.</source>
        <translation>%1 に期限切れ: シートは割り当てられません。</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use: every seat is taken.</source>
        <translation>%2 シート中 %1 シート使用中: すべて使用中です。</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use.</source>
        <translation>%2 シート中 %1 シート使用中。</translation>
    </message>
    <message>
        <source>(signed-in tool)</source>
        <translation>(サインイン済みツール)</translation>
    </message>
    <message>
        <source>Nobody holds a seat.</source>
        <translation>シートの使用者はいません。</translation>
    </message>
    <message>
        <source>No request was refused today.</source>
        <translation>本日拒否された要求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Refused today: %n request(s).</source>
        <translation>
            <numerusform>本日の拒否: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1.</source>
        <translation>最終: %1。</translation>
    </message>
    <message>
        <source>Last: %1, %2.</source>
        <translation>最終: %1、%2。</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicensesPage</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (%n 日後)</numerusform>
        </translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>&amp;New license...</source>
        <translation>新規ライセンス(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>キーをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>無効化(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Product code:</source>
        <translation>製品コード(&amp;P):</translation>
    </message>
    <message>
        <source>The code tools ask the daemon for, such as coditect-cli.</source>
        <translation>ツールがデーモンに要求するコードです (例: coditect-cli)。</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>シート数(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Offline lease (s):</source>
        <translation>オフライン猶予 (秒)(&amp;O):</translation>
    </message>
    <message>
        <source>How long a machine keeps working after its last heartbeat.</source>
        <translation>最後のハートビートの後、マシンが動作し続けられる時間です。</translation>
    </message>
    <message>
        <source>&amp;Longest borrow (s):</source>
        <translation>最長借用期間 (秒)(&amp;L):</translation>
    </message>
    <message>
        <source>0 turns borrowing off.</source>
        <translation>0 にすると借用できなくなります。</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>機能(&amp;F):</translation>
    </message>
    <message>
        <source>New license</source>
        <translation>新規ライセンス</translation>
    </message>
    <message>
        <source>Edit license</source>
        <translation>ライセンスの編集</translation>
    </message>
    <message>
        <source>Deactivate license</source>
        <translation>ライセンスの無効化</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? Its sessions end at once.</source>
        <translation>「%1」を無効にしますか? そのセッションはただちに終了します。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Could not deactivate the license: %1</source>
        <translation>ライセンスを無効にできませんでした: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>強制解放</translation>
    </message>
    <message>
        <source>Free the seat of %1 now? The machine learns it at its next heartbeat.</source>
        <translation>%1 のシートを今すぐ解放しますか? マシンには次のハートビートで通知されます。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>シートを解放できませんでした: %1</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>再有効化(&amp;A)</translation>
    </message>
    <message>
        <source>Could not reactivate the license: %1</source>
        <translation>ライセンスを再有効化できませんでした: %1</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>In your local time. Untick for a license that does not expire.</source>
        <translation>ローカル時刻です。期限のないライセンスはチェックを外します。</translation>
    </message>
    <message>
        <source>Seat ad&amp;vice...</source>
        <translation>シートの推奨(&amp;V)...</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>clm::ui::ListPage</name>
    <message>
        <source>Search %1</source>
        <translation>%1を検索</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>選択肢を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV エクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>%1をエクスポート中...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV エクスポート</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows...</source>
        <translation>%2 行中 %1 行をエクスポートしました...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートの失敗</translation>
    </message>
    <message>
        <source>The list was not exported. %1</source>
        <translation>一覧はエクスポートされませんでした。%1</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>エクスポート中...</translation>
    </message>
    <message>
        <source>Exported to %1 (rows: %2)</source>
        <translation>%1 にエクスポートしました (行数: %2)</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>その項目はもうありません。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>行を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
</context>
<context>
    <name>clm::ui::MainWindow</name>
    <message>
        <source>CODITECT License Manager</source>
        <translation>CODITECT License Manager</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The license server does not answer. What you see may be out of date; changes are not saved until it is back.</source>
        <translation>ライセンスサーバーが応答しません。表示内容が古い可能性があります。サーバーが復旧するまで変更は保存されません。</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>リアルタイム更新</translation>
    </message>
    <message>
        <source>Polling every 15 s</source>
        <translation>15 秒ごとに取得</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>%2 に %1 としてサインイン中</translation>
    </message>
    <message>
        <source>No keychain (%1): you stay signed in only while the app runs.</source>
        <translation>キーチェーンがありません (%1)。アプリの実行中だけサインインが保持されます。</translation>
    </message>
    <message>
        <source>About CODITECT License Manager</source>
        <translation>CODITECT License Manager について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Administration of licenses, seats, users and machines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;バージョン %1&lt;/p&gt;&lt;p&gt;ライセンス、シート、ユーザー、マシンを管理します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The new language applies the next time clm-admin starts.</source>
        <translation>新しい言語は clm-admin の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some trusted CA files could not be read: %1</source>
        <translation>一部の信頼済み CA ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Sign &amp;in...</source>
        <translation>サインイン(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>%1 にサインインしています...</translation>
    </message>
    <message>
        <source>Signed out. File &gt; Sign in... signs in again.</source>
        <translation>サインアウトしました。ファイル &gt; サインイン... で再びサインインできます。</translation>
    </message>
    <message>
        <source>%1 – CODITECT License Manager</source>
        <translation>%1 – CODITECT License Manager</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>%3 に %1 (%2) としてサインイン中</translation>
    </message>
    <message>
        <source>My &amp;account...</source>
        <translation>マイアカウント(&amp;A)...</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>マイアカウント</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>Needed for any change.</source>
        <translation>変更には必須です。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>Leave empty to keep it; a new one signs you out elsewhere.</source>
        <translation>空欄なら変更しません。変更すると他の場所のサインインは終了します。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再入力(&amp;R):</translation>
    </message>
    <message>
        <source>Your account was saved.</source>
        <translation>アカウントを保存しました。</translation>
    </message>
</context>
<context>
    <name>clm::ui::Notifier</name>
    <message>
        <source>CODITECT License Manager</source>
        <translation>CODITECT License Manager</translation>
    </message>
    <message>
        <source>&amp;Show the window</source>
        <translation>ウィンドウを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SeatAdviceDialog</name>
    <message>
        <source>Seat advice: %1</source>
        <translation>シートの推奨: %1</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Refused caller</source>
        <translation>拒否された利用者</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Refused most</source>
        <translation>拒否の多い利用者</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>CSV をエクスポート(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>PDF をエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused most&lt;/b&gt;</source>
        <translation>&lt;b&gt;拒否の多い利用者&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the usage history: %1</source>
        <translation>使用履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading the usage history...</source>
        <translation>使用履歴を読み込み中...</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>保有シート数</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>最大使用数</translation>
    </message>
    <message>
        <source>95th percentile of hourly peaks</source>
        <translation>1 時間ごとの最大値の 95 パーセンタイル</translation>
    </message>
    <message>
        <source>Hours at the limit</source>
        <translation>上限に達した時間</translation>
    </message>
    <message>
        <source>Nobody was refused in this period.</source>
        <translation>この期間に拒否された利用者はいません。</translation>
    </message>
    <message>
        <source>seat-advice</source>
        <translation>seat-advice</translation>
    </message>
    <message>
        <source>Export the seat advice</source>
        <translation>シートの推奨をエクスポート</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Product %1, %2 to %3 (%n day(s)), made %4.</source>
        <translation>
            <numerusform>製品 %1、%2〜%3 (%n 日間)、作成 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>More seats that would have served 95 % of the denials</source>
        <translation>拒否の 95 % に対応できた追加シート数</translation>
    </message>
    <message>
        <source>Seats in use, hour by hour</source>
        <translation>1 時間ごとの使用シート数</translation>
    </message>
    <message>
        <source>Peaks are the most seats held at once in each hour. An hour in which n callers were refused counts as served by n more seats.</source>
        <translation>最大値は各時間に同時に使われたシートの最大数です。n 人が拒否された時間は、n シート追加すれば対応できたものとして数えます。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>the same, working hours only</source>
        <translation>同じく勤務時間のみ</translation>
    </message>
    <message>
        <source>The same, working hours only (Monday to Friday, 8:00 to 18:00)</source>
        <translation>同じく勤務時間のみ (月〜金、8:00〜18:00)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SessionsPage</name>
    <message>
        <source>Live sessions</source>
        <translation>アクティブなセッション</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最終ハートビート</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>借用期限</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Holding a seat</source>
        <translation>シート使用中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>ライセンス(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>マシン(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>強制解放(&amp;F)...</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>強制解放</translation>
    </message>
    <message>
        <source>Free the seat of %1 on %2 now? The machine learns it at its next heartbeat.</source>
        <translation>%2 の %1 のシートを今すぐ解放しますか? マシンには次のハートビートで通知されます。</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>シートを解放できませんでした: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Holding a seat, borrowed</source>
        <translation>シート使用中 (借用)</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>誰がどこで</translation>
    </message>
    <message>
        <source>(a tool signed in without the daemon)</source>
        <translation>(デーモンを介さずにサインインしたツール)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>サインインユーザー</translation>
    </message>
    <message>
        <source>Show the user</source>
        <translation>ユーザーを表示</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
</context>
<context>
    <name>clm::ui::SettingsDialog</name>
    <message>
        <source>Show desktop &amp;notifications when a license runs out of seats or requests are refused</source>
        <translation>ライセンスのシートが不足したときや要求が拒否されたときにデスクトップ通知を表示(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> 日間接続なし</translation>
    </message>
    <message>
        <source>A machine is &amp;stale after:</source>
        <translation>マシンを長期未接続とみなす期間(&amp;S):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>信頼済み証明書</translation>
    </message>
    <message>
        <source>CA certificates (PEM files) trusted for the license server besides the system&apos;s: your organization&apos;s own CA, or the server&apos;s self-signed certificate. Compare the fingerprint with your server&apos;s operator before you add one.</source>
        <translation>システムの証明書に加えてライセンスサーバー用に信頼する CA 証明書 (PEM ファイル): 組織独自の CA、またはサーバーの自己署名証明書。追加する前に、サーバー管理者とフィンガープリントを照合してください。</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>信頼済み CA ファイル</translation>
    </message>
    <message>
        <source>&amp;Add CA file...</source>
        <translation>CA ファイルを追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>CA 証明書を信頼</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>サインイン中...</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokenDialog</name>
    <message>
        <source>Enrollment token</source>
        <translation>登録トークン</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token is shown only once.&lt;/b&gt; Copy it now: machines use it to enroll with the license server. Anyone who has it can enroll a machine in your organization until you revoke it.</source>
        <translation>&lt;b&gt;このトークンは一度しか表示されません。&lt;/b&gt;今すぐコピーしてください。マシンはこのトークンを使ってライセンスサーバーに登録します。トークンを持っている人は、失効させるまで組織にマシンを登録できます。</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>/etc/clm/clmd.conf:</source>
        <translation>/etc/clm/clmd.conf:</translation>
    </message>
    <message>
        <source>Or run as root:</source>
        <translation>または root で実行:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Lines for /etc/clm/clmd.conf</source>
        <translation>/etc/clm/clmd.conf に書く行</translation>
    </message>
    <message>
        <source>Commands to run as root</source>
        <translation>root で実行するコマンド</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>コピー: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokensPage</name>
    <message>
        <source>Enrollment tokens</source>
        <translation>登録トークン</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用回数</translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation>最大使用回数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>&amp;New token...</source>
        <translation>新規トークン(&amp;N)...</translation>
    </message>
    <message>
        <source>New enrollment token</source>
        <translation>新規登録トークン</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Uses allowed:</source>
        <translation>使用可能回数(&amp;U):</translation>
    </message>
    <message>
        <source>How many machines may enroll with it.</source>
        <translation>このトークンで登録できるマシンの台数です。</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>失効(&amp;R)...</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>トークンの失効</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Machines cannot enroll with it any more.</source>
        <translation>「%1」を失効させますか? このトークンではマシンを登録できなくなります。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>トークンを失効させられませんでした: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Machines enrolled with it</source>
        <translation>これで登録されたマシン</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (無制限)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Revoked: machines can no longer enroll with it</source>
        <translation>取り消し済み: これでマシンを登録することはできません</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsageChart</name>
    <message>
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>拒否数</translation>
    </message>
    <message>
        <source>Peak seats in use</source>
        <translation>最大使用シート数</translation>
    </message>
    <message>
        <source>Seat use over time</source>
        <translation>シート使用状況の推移</translation>
    </message>
    <message>
        <source>The same numbers are in the table behind the Show as table button.</source>
        <translation>同じ数値は「表として表示」ボタンの表にあります。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>シート上限</translation>
    </message>
    <message>
        <source>Seat use over time, as a table</source>
        <translation>シート使用状況の推移 (表)</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>表として表示(&amp;T)</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>グラフとして表示(&amp;C)</translation>
    </message>
    <message>
        <source>Seat limit (%1)</source>
        <translation>シート上限 (%1)</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>現地時刻 (%1)</translation>
    </message>
    <message>
        <source>Select a license to see its seat use</source>
        <translation>ライセンスを選択するとシートの使用状況が表示されます</translation>
    </message>
    <message>
        <source>%1: loading...</source>
        <translation>%1: 読み込み中...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最終サインイン</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>新規ユーザー(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新規ユーザー</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>無効化(&amp;D)...</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out everywhere.</source>
        <translation>%1 を無効にしますか? すべての場所でサインアウトされます。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Could not deactivate the user: %1</source>
        <translation>ユーザーを無効にできませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Owners and admins manage licenses, users and machines; members and guests only use licenses.</source>
        <translation>オーナーと管理者はライセンス、ユーザー、マシンを管理します。メンバーとゲストはライセンスを使用するだけです。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>無効: サインインできません</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>操作の記録</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Seats of tools signed in as them</source>
        <translation>このユーザーとしてサインインしたツールのシート</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>再有効化(&amp;A)</translation>
    </message>
    <message>
        <source>Could not reactivate the user: %1</source>
        <translation>ユーザーを再有効化できませんでした: %1</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>パスワードを設定(&amp;P)...</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>%1 のパスワードを設定</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新しいパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Leave empty to generate a strong password, shown once after saving.</source>
        <translation>空欄にすると強力なパスワードを生成し、保存後に一度だけ表示します。</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再入力(&amp;R):</translation>
    </message>
    <message>
        <source>The password of %1 was changed; they were signed out everywhere.</source>
        <translation>%1 のパスワードを変更しました。すべての場所でサインアウトされました。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Give it to %1 in a safe way; they sign in with it and can change it under &lt;i&gt;My account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;このパスワードは一度だけ表示されます。&lt;/b&gt;安全な方法で %1 に伝えてください。このパスワードでサインインし、&lt;i&gt;マイアカウント&lt;/i&gt;で変更できます。</translation>
    </message>
</context>
<context>
    <name>clm::ui::WebhooksPage</name>
    <message>
        <source>Disabled</source>
        <translation>使用停止</translation>
    </message>
    <message>
        <source>Disabled by the server</source>
        <translation>サーバーにより無効化</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>%1 から失敗中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>受信側</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;New webhook...</source>
        <translation>新しい Webhook(&amp;N)...</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>新しい Webhook</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook を編集</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>有効にする(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rotate secret...</source>
        <translation>シークレットを更新(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Deliveries...</source>
        <translation>配信(&amp;D)...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>削除(&amp;L)...</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook を削除</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Its delivery log goes with it, and events waiting for it are not sent.</source>
        <translation>%1 への Webhook を削除しますか？配信ログも削除され、待機中のイベントは送信されません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete the webhook: %1</source>
        <translation>Webhook を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>受信側 URL(&amp;R):</translation>
    </message>
    <message>
        <source>https:// address that receives the events as signed POST requests.</source>
        <translation>イベントを署名付き POST リクエストとして受け取る https:// アドレス。</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>Comma-separated, of: %1</source>
        <translation>カンマ区切りで次から: %1</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Could not enable the webhook: %1</source>
        <translation>Webhook を有効にできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not pause the webhook: %1</source>
        <translation>Webhook を一時停止できませんでした: %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>シークレットを更新</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Requests are signed with the new one at once: the receiver must be given it.</source>
        <translation>%1 の新しいシークレットを作成しますか？リクエストはただちに新しいシークレットで署名されます。受信側に渡す必要があります。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>シークレットを更新できませんでした: %1</translation>
    </message>
    <message>
        <source>The event will be sent again.</source>
        <translation>イベントを再送信します。</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Why the server disabled it</source>
        <translation>サーバーが無効にした理由</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook シークレット</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only once.&lt;/b&gt; Copy it now into the receiver at %1. Every request carries a &lt;tt&gt;Clm-Signature&lt;/tt&gt; header made with it; the receiver checks it and refuses anything else (the administration guide shows how).</source>
        <translation>&lt;b&gt;このシークレットは一度しか表示されません。&lt;/b&gt;今すぐ %1 の受信側にコピーしてください。各リクエストにはこれで作成した &lt;tt&gt;Clm-Signature&lt;/tt&gt; ヘッダーが付きます。受信側はそれを検証し、それ以外を拒否します（方法は管理ガイドを参照）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CODITECT License Manager administration: users, licenses, live sessions, devices and enrollment tokens.</source>
        <translation>CODITECT License Manager の管理: ユーザー、ライセンス、アクティブなセッション、デバイス、登録トークン。</translation>
    </message>
    <message>
        <source>license server URL for the sign-in dialog</source>
        <translation>サインインダイアログに入れるライセンスサーバーの URL</translation>
    </message>
    <message>
        <source>language: de, fr, es, ja or en (default: the system&apos;s)</source>
        <translation>言語: de、fr、es、ja、en のいずれか (既定: システムの言語)</translation>
    </message>
    <message>
        <source>email for the sign-in dialog</source>
        <translation>サインインダイアログに入れるメールアドレス</translation>
    </message>
</context>
</TS>

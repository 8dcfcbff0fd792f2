namespace Ballast.Web.Common.Uploads;

/// <summary>Every reason an upload is refused, and the words those reasons use. Each is a key of the
/// localizer: {0} is the file's name.</summary>
public static class UploadReasons
{
    public const string NoFile = "请选择要上传的文件";
    public const string NameUnsafe = "文件名「{0}」含有控制字符或文字方向控制符，请重命名后再上传";
    public const string NameTooLong = "文件名「{0}」过长（最多 {1} 个字符），请重命名后再上传";
    public const string NotAllowed = "文件「{0}」的类型不在允许范围内，只接受：{1}";
    public const string DeclaredMismatch = "文件「{0}」声明的类型（{1}）与扩展名不符";
    public const string Empty = "文件「{0}」是空文件";
    public const string TooLarge = "文件「{0}」超过 {1} MB 上限";
    public const string ContentMismatch = "文件「{0}」的内容不是{1}（实际是{2}）";
    public const string LegacyOrEncrypted = "文件「{0}」是旧版 Office 格式或设置了打开密码，请另存为{1}并取消密码后再上传";
    public const string Damaged = "文件「{0}」已损坏或不完整：{1}";
    public const string EntryProblem = "文件「{0}」中的「{1}」{2}";
    public const string TooManyEntries = "文件「{0}」中的压缩条目过多（超过 {1} 个），不是正常的文档";
    public const string InflatesTooFar = "文件「{0}」解压后超过 {1} MB（可能是压缩炸弹）";
    public const string MissingPart = "文件「{0}」缺少必需的部件「{1}」，不是完整的{2}";
    public const string WrongOfficeType = "文件「{0}」实际是{1}，不是{2}";
    public const string Encrypted = "文件「{0}」已加密，请取消密码后再上传";
    public const string UnsupportedCompression = "文件「{0}」使用了不支持的压缩方式";
    public const string PdfActive = "文件「{0}」含有脚本、启动命令、嵌入文件或动态表单（{1}），请打印或另存为普通 PDF 后再上传";
    public const string PdfEncrypted = "文件「{0}」已加密或设置了权限密码，请取消密码后再上传";
    public const string Polyglot = "文件「{0}」同时也是一个压缩包（伪装成其他格式的文件），已拒绝";
    public const string ImageTooLarge = "文件「{0}」的图片尺寸 {1} 超出上限（每边最多 {2} 像素，共不超过 {3} 万像素）";

    // What a damaged file or a bad entry is found to be.
    public const string NoDirectory = "找不到压缩包目录（文件被截断，或前后附加了数据）";
    public const string BadStructure = "压缩包结构无效";
    public const string Overlapping = "压缩条目相互重叠或留有空隙（可能是压缩炸弹或伪装文件）";
    public const string SizeLies = "声明的大小与实际内容不符";
    public const string BadChecksum = "校验和不符";
    public const string NoEnd = "缺少结束标记（文件被截断）";
    public const string TrailingData = "结束标记后附加了多余数据";
    public const string BadImage = "图片数据结构无效";
    public const string BadPdf = "PDF 结构无效";
    public const string UnreadableObjects = "PDF 对象流无法检查";
    public const string InvalidXml = "不是有效的 XML";
    public const string HasDtd = "含有 DTD 声明（可能是 XXE 或实体膨胀攻击）";
    public const string UnsafeName = "路径不安全（绝对路径、..、反斜杠、盘符或控制字符）";
    public const string DuplicateName = "与另一条目重名";
    public const string HighRatio = "压缩比过高（可能是压缩炸弹）";
    public const string NestedArchive = "是嵌套的压缩包";
    public const string NestedTooDeep = "嵌套层次过深";
    public const string OleObject = "是嵌入的 OLE 对象或旧版 Office 文件";
    public const string Macro = "含有宏或 ActiveX 控件";
    public const string ExternalReference = "引用了外部资源（模板、对象、数据或图片），打开时会访问外部地址";
    public const string DdeField = "含有 DDE 字段（打开时可能运行命令）";
    public const string MacroEnabled = "启用宏的 Office 文件";
    public const string OfficeOther = "其他 Office 文件";
    public const string OfficePackage = "Office 文档";
    public const string OfdPackage = "OFD 版式文档";

    // What a file's first bytes say it is.
    public const string LooksHtml = "HTML 网页";
    public const string LooksXml = "XML 文件";
    public const string LooksZip = "ZIP 压缩包";
    public const string LooksPdf = "PDF 文档";
    public const string LooksPng = "PNG 图片";
    public const string LooksJpeg = "JPEG 图片";
    public const string LooksGif = "GIF 图片";
    public const string LooksExecutable = "可执行程序";
    public const string LooksLegacyOffice = "旧版 Office 文件或加密文档";
    public const string LooksArchive = "其他压缩文件";
    public const string LooksText = "文本文件";
    public const string LooksUnknown = "无法识别的格式";
}

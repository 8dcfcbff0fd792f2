namespace Ballast.Web.Data.Generate;

/// <summary>The words generated names and texts are made of.</summary>
internal static class Words
{
    public static readonly string[] Kinds =
    [
        "生产基地", "产业园", "智能工厂", "研发中心", "扩能项目",
        "总部基地", "创新中心", "产业化项目", "技改项目", "配套项目",
    ];

    public static readonly string[] Brands =
        ["海", "华", "瑞", "泰", "德", "恒", "嘉", "润", "鑫", "宏", "盛", "安", "联", "创", "智", "远", "达", "益", "信", "和"];

    public static readonly string[] Trades = ["科技", "智能", "新材料", "装备", "电子", "生物", "能源", "实业", "精密", "制造"];

    public static readonly string[] Countries = ["日本", "韩国", "德国", "新加坡", "美国", "中国香港", "法国"];

    public static readonly string[] Contents =
    [
        "新建生产厂房及配套设施，购置先进生产设备", "建设研发中心和中试基地", "建设智能化生产线及仓储物流设施",
        "改扩建现有厂房，实施数字化改造", "建设总部办公及研发设施",
    ];

    public static readonly string[] Problems =
    [
        "用地指标未落实", "施工许可办理滞后", "电力增容接入", "环评批复待审",
        "融资未到位", "配套道路未完工", "人才公寓需求", "能耗指标紧张",
    ];

    /// <summary>The physical progress a report states, by the share of the year gone.</summary>
    public static string Progress(int month) => month switch
    {
        < 4 => "土建施工",
        < 7 => "主体施工",
        < 10 => "设备安装",
        _ => "调试试产",
    };
}

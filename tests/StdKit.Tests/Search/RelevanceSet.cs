namespace StdKit.Tests.Search;

/// <summary>
/// A clause a query should find: a standard of the sample content, by title, and words of the clause's text — or,
/// written "=…", its whole text, for a heading whose words other clauses share.
/// </summary>
public sealed record RelevantClause(string StandardTitle, string Fragment)
{
    public bool Matches(string standardTitle, string text) => standardTitle == StandardTitle
        && (Fragment.StartsWith('=') ? text == Fragment[1..] : text.Contains(Fragment, StringComparison.Ordinal));
}

/// <summary>One labelled query: what a person types, what kind of query it is, and the clauses they are looking for.</summary>
public sealed record LabelledQuery(string Kind, string Query, IReadOnlyList<RelevantClause> Relevant);

/// <summary>
/// Queries over the sample content labelled by hand with the clauses that answer them: single characters,
/// two-character words, longer words, long phrases, quoted phrases, document numbers, clause numbers, percentages,
/// Latin terms inside Chinese text and table contents.
/// </summary>
public static partial class RelevanceSet
{
    private const string Integrity = "专精特新中小企业服务机构诚信服务规范";
    private const string Capability = "中小企业服务机构通用能力建设　第1部分：评价体系";
    private const string PublicAgency = "民营经济和中小企业公共服务机构　通用要求";
    private const string SystemGuide = "中小企业公共服务标准体系建设指南";
    private const string Visit = "企业走访服务规范";
    private const string Management = "管理咨询服务规范";
    private const string Process = "服务实施流程通用规范";
    private const string Elements = "服务功能要素配置规范";
    private const string Assets = "资产管理规范";
    private const string Information = "信息管理规范";
    private const string Finance = "财务管理规范";
    private const string DataUnits = "服务数据与计量单位规范";
    private const string Coding = "服务编码规则";
    private const string ServiceList = "企业服务清单";
    private const string Startup = "创业服务规范";
    private const string Procurement = "采购管理规范";
    private const string Financing = "融资服务规范";
    private const string Market = "市场开拓服务规范";
    private const string HumanResources = "人事管理规范";
    private const string Technology = "技术创新服务规范";
    private const string Terms = "服务术语与缩略语";
    private const string Statistics = "服务数据统计分析规范";
    private const string Evaluation = "服务评价与改进规范";
    private const string CoBuilding = "区域服务共享共建规范";
    private const string Standardization = "标准化工作管理规范";
    private const string Supervision = "监督考核管理规范";
    private const string InformationService = "信息服务规范";
    private const string Policy = "政策服务规范";

    /// <summary>Every clause citing GB/T 22117—2018.</summary>
    private static readonly (string, string)[] Cite22117 =
    [
        (Integrity, "GB/T 22117—2018 信用 基本术语"), (Financing, "GB/T 22117—2018　信用　基本术语"),
        (Financing, "GB/T 22117—2018界定的以及下列术语和定义"), (Financing, "信用评价的术语使用和结果表述应符合GB/T 22117—2018"),
    ];

    private static LabelledQuery Q(string kind, string query, params (string Title, string Fragment)[] relevant) =>
        new(kind, query, relevant.Select(r => new RelevantClause(r.Title, r.Fragment)).ToList());

    public static IReadOnlyList<LabelledQuery> Queries => [.. Basic, .. Questions];

    private static IReadOnlyList<LabelledQuery> Basic { get; } =
    [
        Q("1 character", "仲", (Integrity, "仲裁及其他约定事项")),
        Q("1 character", "遣", (Integrity, "遣散或注销指导"), (HumanResources, "劳务派遣工作人员")),
        Q("1 character", "券", (Capability, "包括券商、保荐机构"), (Capability, "投资咨询机构：提供融资策略咨询"),
            (Capability, "比如金融行业的咨询服务"), (Financing, "发行债券")),
        Q("1 character", "誉", (Capability, "机构荣誉指服务机构"), (Market, "宣传材料中的企业荣誉"),
            (Procurement, "良好的商业信誉")),
        Q("1 character", "扫", (Integrity, "电子文档扫描件，并保存纸质资料5年以上"), (Integrity, "所有纸质材料电子文档扫描件"),
            (Elements, "扫描仪"), (Process, "纸质材料应扫描形成电子文档"), (Management, "纸质材料应扫描为电子文档"),
            (Assets, "多功能一体机（复印、扫描）"), (Information, "漏洞扫描")),

        Q("2 characters", "仲裁", (Integrity, "仲裁及其他约定事项")),
        Q("2 characters", "荣誉", (Capability, "机构荣誉指服务机构"), (Market, "宣传材料中的企业荣誉")),
        Q("2 characters", "遣散", (Integrity, "遣散或注销指导")),
        Q("2 characters", "票据", (Capability, "票据贴现"), (DataUnits, "大写金额仅在票据"), (Finance, "票据的保管与使用登记"),
            (Finance, "资产、票据、会计核算"), (Finance, "票据应由专人领购"), (Finance, "审核票据的合规性"),
            (Finance, "报销票据应真实")),
        Q("2 characters", "保荐", (Capability, "包括券商、保荐机构")),
        Q("2 characters", "会展", (Capability, "会展会议平台")),
        Q("2 characters", "小试", (Integrity, "小试中试"), (Technology, "小试阶段")),

        Q("words", "外部专家库", (PublicAgency, "建有外部专家库"), (Elements, "外部专家库专家/人"), (Elements, "应建立外部专家库"),
            (Elements, "外部专家库应每年更新一次"), (Management, "应建立外部专家库，专家库应覆盖"), (Procurement, "外部专家库中选取")),
        Q("words", "跨境电商", (Capability, "跨境电商平台")),
        Q("words", "政务代理", (PublicAgency, "创业辅导、项目策划、政务代理"), (Coding, "创业辅导、项目策划、政务代理"),
            (ServiceList, "提供创业辅导、项目策划、政务代理"), (Startup, "政务代理事项包括"), (Startup, "办理政务代理前"),
            (Startup, "代为办理企业登记"), (Startup, "企业登记、变更、许可申请"), (Startup, "政务代理按时提交率")),
        Q("words", "记录清单", (Integrity, "建立标准化的“记录清单”")),
        Q("words", "诚信服务", (Integrity, "诚信服务是指对客户忠诚")),
        Q("words", "通用能力", (Capability, "通用能力是指"), (Capability, "通用能力评价准则"), (Capability, "适用于中小企业服务机构的通用能力评价")),
        Q("words", "申诉投诉 处理制度", (PublicAgency, "关于申诉投诉的处理制度")),
        Q("words", "走访方案", (Visit, "走访方案应包括"), (Visit, "走访方案可与年度走访计划合并编制"), (Visit, "走访对象 | 企业名称"),
            (Visit, "走访内容 | 经营情况"), (Visit, "人员分工 | 主谈人"), (Visit, "时间安排 | 走访日期")),
        Q("words", "融资租赁", (Capability, "融资租赁公司"), (Financing, "购置生产设备")),

        Q("long phrase", "服务机构应保存提供服务的全流程记录", (Integrity, "服务机构应保存提供服务的全流程记录")),
        Q("long phrase", "标准体系应全面覆盖层次分明", (SystemGuide, "标准体系应全面覆盖、层次分明")),
        Q("long phrase", "工作标准应按照具体岗位设置来制订", (SystemGuide, "工作标准应按照具体岗位设置来制订")),
        Q("long phrase", "公共服务机构应有固定的经营服务场所", (PublicAgency, "应有固定的经营服务场所")),
        Q("long phrase", "服务满意度由一次一评、一事一评两个维度构成", (PublicAgency, "服务满意度由一次一评、一事一评两个维度构成")),
        Q("long phrase", "企业规模必须符合中小企业划型标准", (Integrity, "企业规模必须符合国家《中小企业划型标准》")),

        Q("quoted phrase", "\"小巨人\"", (Integrity, "专精特新“小巨人”企业")),
        Q("quoted phrase", "\"服务价格标准\"", (PublicAgency, "服务价格标准；")),
        Q("quoted phrase", "“两化融合”", (Integrity, "两化融合、两业融合")),

        Q("document number", "GB/T 22117—2018", Cite22117),
        Q("document number", "GB/T31950-2022", (Integrity, "GB/T31950—2022 企业诚信管理体系要求"), (Management, "GB/T 31950—2022　企业诚信管理体系要求"),
            (Management, "诚信管理体系咨询的人员应熟悉GB/T 31950—2022"), (Management, "诚信管理体系文件的设计应符合GB/T 31950—2022")),
        Q("document number", "gb/t 4754-2017", (Capability, "GB/T 4754-2017 国民经济行业分类"), (Coding, "GB/T 4754—2017　国民经济行业分类"),
            (Coding, "行业码应按GB/T 4754—2017"), (InformationService, "GB/T 4754—2017　国民经济行业分类"), (InformationService, "适用行业按GB/T 4754—2017"),
            (Policy, "GB/T 4754—2017　国民经济行业分类"), (Policy, "“适用行业”按GB/T 4754—2017"), (Policy, "行业标签应按GB/T 4754—2017")),
        Q("document number", "DB53/T 1117", (SystemGuide, "应符合 DB53/T 1117 中小企业公共服务分类的要求"),
            (SystemGuide, "=DB53/T 1117 中小企业公共服务分类"), (Capability, "DB53/T 1117-2022 中小企业公共服务分类"),
            (ServiceList, "DB53/T 1117—2022　中小企业公共服务分类"), (ServiceList, "服务项目的分类应符合DB53/T 1117—2022的规定"),
            (CoBuilding, "DB53/T 1117—2022　中小企业公共服务分类"), (CoBuilding, "服务项目的分类应符合DB53/T 1117—2022的规定")),
        Q("document number", "GB/T 24421.4", (SystemGuide, "其他内容应符合 GB/T 24421.4 的要求"), (SystemGuide, "GB/T 24421.4 服务业组织标准化工作指南"),
            (Standardization, "GB/T 24421.4—2023　服务业组织标准化工作指南"), (Standardization, "标准的实施应符合GB/T 24421.4—2023"),
            (Standardization, "自我评价的程序和方法应按GB/T 24421.4—2023"), (Evaluation, "GB/T 24421.4—2023　服务业组织标准化工作指南"),
            (Evaluation, "实施评价应按GB/T 24421.4—2023"), (Supervision, "GB/T 24421.4—2023　服务业组织标准化工作指南"),
            (Supervision, "评价的程序和方法应符合GB/T 24421.4—2023")),
        Q("document number", "ＧＢ／Ｔ　２２１１７", Cite22117),
        Q("document number", "GB/T 19001—2016 7.5", (Visit, "企业走访的过程管理应符合GB/T 19001—2016中7.5的规定")),

        Q("clause number", "T/GDCMA XXX—2024 4.3", (Integrity, "服务机构应建立相应的管理制度"),
            (Integrity, "服务机构应保存提供服务的全流程记录"), (Integrity, "建立标准化的“记录清单”"), (Integrity, "公开履行行业规范或公约的信用承诺")),
        Q("clause number", "DB4401/T XXXX—XXXX 7.3", (PublicAgency, "服务满意度由一次一评"),
            (PublicAgency, "一次一评、一事一评采用线下和线上")),
        Q("clause number", "T/CASME XXXX—XXXX 5.6.4", (Capability, "机构荣誉指服务机构")),
        Q("clause number", "DB 53/T XXXX—2023 第5章",
            (SystemGuide, "制定标准化工作计划")),

        Q("percentage", "80%", (PublicAgency, "服务满意度80％以上"), (Statistics, "累计占比达到80％"), (ServiceList, "连续两年低于80％"),
            (Evaluation, "不少于全部评价项目的80％"), (Evaluation, "季度满意率应不低于80％"), (Evaluation, "季度满意率低于80％的")),
        Q("percentage", "30％", (PublicAgency, "中小企业客户数量占比不低于30％"), (Assets, "超过设备原值30%")),
        Q("percentage", "８０％ 满意度", (PublicAgency, "服务满意度80％以上")),
        Q("percentage", "履约率 95%", (PublicAgency, "服务合同履约率/％"), (Evaluation, "服务履约率 | 按约定的内容")),

        Q("Latin in Chinese", "ERP咨询", (Integrity, "ERP咨询")),
        Q("Latin in Chinese", "CRM系统", (Capability, "如CRM系统、智能客服"), (Capability, "客户关系管理（CRM）系统")),
        Q("Latin in Chinese", "VC", (Capability, "风险投资公司（VC）"), (Terms, "VC：风险投资")),
        Q("Latin in Chinese", "B2B交易平台", (Capability, "B2B交易平台")),
        Q("Latin in Chinese", "AI技术", (Capability, "利用AI等技术")),
        Q("Latin in Chinese", "ISO认证", (Capability, "ISO系列标准认证辅导")),

        Q("table contents", "注册资本", (PublicAgency, "注册资本/万元"), (Evaluation, "注册资本或开办资金/万元")),
        Q("table contents", "营业收入 万元", (PublicAgency, "营业收入/万元"), (Evaluation, "年营业收入或服务收入/万元")),
        Q("table contents", "服务场所 平方米", (PublicAgency, "服务场所/平方米")),
        Q("table contents", "商业保险", (Capability, "商业保险服务机构")),
        Q("table contents", "人员分工 主谈人", (Visit, "人员分工 | 主谈人、记录人")),
    ];
}

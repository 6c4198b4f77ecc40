using StdKit.Evaluation.Schemes;
using StdKit.Generator.Docx.Styles;
using StdKit.Generator.Docx.Writers;
using StdKit.Generator.Systems;

namespace StdKit.Evaluation.Reports;

/// <summary>
/// 服务满意度调查问卷: the survey's questions by aspect with a box per answer of the scale, in the house layout, to be
/// printed or sent; the returned answers are typed one questionnaire a row into survey-&lt;year&gt;.csv.
/// </summary>
public static class QuestionnaireDocument
{
    public static void Write(string path, SurveyForm form, string agencyName) =>
        SystemDocument.Write(path, $"{agencyName}{form.Title}", $"{agencyName}{form.Title}", doc =>
        {
            doc.Add(StyleIds.Paragraph, $"尊敬的客户：为了解您对本机构服务的满意程度，请在每个问题的一栏中打“√”。没有接触过的事项可不作答。"
                + $"本问卷依据{form.Source}设计。");
            doc.Add(StyleIds.Paragraph,
                $"问卷编号：____________　评价方式：{string.Join("　", form.Dimensions.Select(d => "□" + d))}");
            var table = 1;
            foreach (var aspect in form.Aspects)
                TableWriter.Write(doc, $"表{table++}\u3000{aspect.Name}", SystemTables.Of(
                    ["序号", "问题", .. form.Scale.Select(p => p.Label)],
                    aspect.Questions.Select(q => (IReadOnlyList<string>)[q.Id, q.Text, .. form.Scale.Select(
                        _ => "□")])));
            doc.Add(StyleIds.Paragraph, "您对本机构服务的其他意见和建议：");
            doc.Add(StyleIds.Paragraph, "");
            doc.Add(StyleIds.Paragraph, "企业名称（可不填）：____________　填写日期：______年____月____日");
        });
}

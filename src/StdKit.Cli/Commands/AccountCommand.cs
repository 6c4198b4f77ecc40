using System.CommandLine;
using System.Text;
using StdKit.Model.Diagnostics;
using StdKit.Web.Access;

namespace StdKit.Cli.Commands;

/// <summary>
/// <c>stdkit account</c>: the workbench's accounts — add (or give a role in another agency, or a new password), list,
/// remove. The password is read from standard input, never from an argument, which other users of the computer
/// could see; every change is written to the audit log.
/// </summary>
public static class AccountCommand
{
    public static Command Create()
    {
        var user = new Argument<string>("user") { Description = "用户名" };
        var agency = new Option<string>("--agency") { Description = "机构标识（如 yunnan-sme-centre）", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "角色：reader（阅读者）、drafter（起草人）或 administrator（管理员）", Required = true,
        };
        var addTo = Accounts();
        var add = new Command("add", "添加账户或设置其在某机构的角色；密码从标准输入读取") { user, agency, role, addTo };
        add.SetAction(result => CommandRunner.Run(() =>
        {
            var name = AccountNames.CheckUser(result.GetValue(user)!);
            var membership = new Membership(AccountNames.CheckAgency(result.GetValue(agency)!),
                Roles.Parse(result.GetValue(role)!));
            var password = AccountNames.CheckPassword(ReadPassword());
            using var store = AccountStores.Open(result.GetValue(addTo)!);
            var existed = store.Find(name) is not null;
            store.Save(name, Passwords.Hash(name, password), membership,
                Audit(existed ? "account-change" : "account-add", $"{name} {membership}"));
            Console.WriteLine($"{(existed ? "已更新" : "已添加")}账户 {name}：{membership.Agency} "
                + $"{membership.Role.ChineseName()}（{store.Location}）");
            return 0;
        }));

        var listed = Accounts();
        var list = new Command("list", "列出账户及其在各机构的角色") { listed };
        list.SetAction(result => CommandRunner.Run(() =>
        {
            using var store = AccountStores.Open(result.GetValue(listed)!);
            var accounts = store.List();
            if (accounts.Count == 0) Console.WriteLine($"没有账户（{store.Location}）");
            foreach (var account in accounts)
                Console.WriteLine($"{account.User}\t{string.Join("、", account.Memberships.Select(m =>
                    $"{m.Agency} {m.Role.ChineseName()}"))}");
            return 0;
        }));

        var removed = new Argument<string>("user") { Description = "用户名" };
        var removeFrom = Accounts();
        var remove = new Command("remove", "删除账户") { removed, removeFrom };
        remove.SetAction(result => CommandRunner.Run(() =>
        {
            var name = AccountNames.CheckUser(result.GetValue(removed)!);
            using var store = AccountStores.Open(result.GetValue(removeFrom)!);
            if (!store.Remove(name, Audit("account-remove", name)))
                throw new UserError($"no account '{name}' in {store.Location}",
                    "see the accounts with stdkit account list");
            Console.WriteLine($"已删除账户 {name}");
            return 0;
        }));

        return new Command("account", "管理标准工作台的账户（stdkit serve 的登录）") { add, list, remove };
    }

    /// <summary>Where the accounts are: by default beside the default knowledge base (out/kb/accounts.db).</summary>
    public static Option<string> Accounts() => new("--accounts")
    {
        Description = "账户库：SQLite 文件（默认 out/kb/accounts.db）或 PostgreSQL 连接字符串（Host=…;Database=…）",
        DefaultValueFactory = _ => AccountStores.BesideKnowledgeBase(KnowledgeBaseOptions.DefaultDatabase),
    };

    private static AuditEntry Audit(string action, string target) =>
        new(DateTimeOffset.UtcNow, Environment.UserName, action, target, "stdkit account");

    /// <summary>One line of standard input; typed at a terminal, without showing it.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine() ?? "";
        Console.Error.Write("密码：");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0) typed.Length--;
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}

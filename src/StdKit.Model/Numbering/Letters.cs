namespace StdKit.Model.Numbering;

/// <summary>Letter sequences for annexes (A, B …) and list items (a, b …), continuing aa, ab … past z.</summary>
public static class Letters
{
    public static string Lower(int index) => Sequence(index, 'a');
    public static string Upper(int index) => Sequence(index, 'A');

    private static string Sequence(int index, char first)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)(first + (n - 1) % 26) + s;
        return s;
    }
}

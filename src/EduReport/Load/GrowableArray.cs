namespace EduReport.Load;

/// <summary>An append-only column that exposes its backing array, for building typed tables without boxing.</summary>
internal sealed class GrowableArray<T>
{
    private T[] _items;

    public GrowableArray(int capacity = 1024)
    {
        _items = new T[Math.Max(capacity, 16)];
    }

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, checked(_items.Length * 2));
        }

        _items[Count++] = item;
    }

    /// <summary>Returns an array of exactly <see cref="Count"/> items; the builder must not be used afterwards.</summary>
    public T[] ToArray()
    {
        if (_items.Length != Count)
        {
            Array.Resize(ref _items, Count);
        }

        return _items;
    }
}

package skill.calculators;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * One memory budget for every RocksDB store of the process. By default each store instance gets its
 * own 50 MB block cache and up to three 16 MB memtables; the calculators open dozens (four skills ×
 * six stores × their partitions, plus the sprint detector), which is what took their resident memory
 * past the 512 MB a pod has. Here block cache and memtables of all stores share one LRU cache of
 * {@link #TOTAL_BYTES}, the memtables at most {@link #MEMTABLE_BYTES} of it (the write buffer manager
 * flushes the largest when they reach it). The calculators' hot data is kept decoded on the heap
 * ({@code GroupCache}), so a small block cache costs little.
 */
public final class BoundedRocksDB implements RocksDBConfigSetter {
    static final long TOTAL_BYTES = 64L << 20;
    static final long MEMTABLE_BYTES = 32L << 20;
    private static final long MEMTABLE_SIZE = 8L << 20;

    // Shared by every store of the JVM, so never closed by a store's close().
    private static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        // Index and filter blocks count against the budget too, pinned at high priority.
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_SIZE);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
    }
}

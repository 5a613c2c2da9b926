import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { describeStateStoreContract } from './support/state-store-contract.js';

describeStateStoreContract('MemoryStateStore', async () => ({ store: new MemoryStateStore() }));

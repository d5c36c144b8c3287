// git runs through the io leaf, which every stage may import.
export * from '../io/git-process.ts';

/** Replace the text between two offsets (UTF-16, into the file's decoded text). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

// Stands in for pdfkit inside the bundled stress children: they record documents and never print a
// letter, and loading pdfkit and fontkit (0.5 s of CPU) would dominate each of hundreds of starts.
// Anything that does try to print in a child fails loudly instead of silently printing nothing.
export default class NoPdfkitInStressChildren {
  constructor() {
    throw new Error('a stress child tried to print a letter; the children are bundled without pdfkit');
  }
}

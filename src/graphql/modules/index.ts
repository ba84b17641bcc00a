// One module per resource; importing them registers their types and fields on the builder.
import './conversation.ts';

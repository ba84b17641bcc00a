// One module per resource; importing them registers their types and fields on the builder.
import './conversation.ts';
import './service.ts';
import './role.ts';
import './user.ts';
import './user-conversation.ts';
import './participant-conversation.ts';
import './participant.ts';
import './message.ts';
import './delivery-receipt.ts';
import './conversation-webhook.ts';
import './conversation-with-participants.ts';
import './credential.ts';
import './push-binding.ts';
import './configuration.ts';
import './address-configuration.ts';
import './node.ts';

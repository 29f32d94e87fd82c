export { isolate } from '../../components/ui/isolate';
